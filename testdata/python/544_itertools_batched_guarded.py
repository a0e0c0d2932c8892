# itertools.batched is new in 3.12, so fall back to a helper on 3.11
from itertools import islice
try:
    from itertools import batched
except ImportError:
    def batched(iterable, n):
        it = iter(iterable)
        while chunk := tuple(islice(it, n)):
            yield chunk

print(list(batched("ABCDEFG", 3)))
for batch in batched(range(1, 8), 2):
    print(sum(batch), end=" ")
print()
