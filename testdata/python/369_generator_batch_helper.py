# a batching generator that works on Python 3.11
from itertools import islice

def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

print(list(batched("ABCDEFG", 3)))
print(list(batched(range(4), 2)))
print(list(batched([], 5)))
