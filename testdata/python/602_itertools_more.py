# more itertools: chain.from_iterable, takewhile, tee, laziness and reprs
from itertools import chain, takewhile, dropwhile, filterfalse, tee, count, repeat, islice, groupby, accumulate
print(list(chain.from_iterable(["ab", [1, 2], (3,)])), list(chain()))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, "", "a"])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(count(5), repeat("x", 2), list(islice(count(1, 0.5), 3)))
calls = []
def gen():
    for i in range(10):
        calls.append(i)
        yield i
print(list(islice(gen(), 2)), calls)
groups = groupby("aabbbc")
print([(k, list(g)) for k, g in groups])
for key, group in groupby([1, 1, 2, 2, 1]):
    pass
print(key, list(group))
print(list(accumulate([1, 2, 3], initial=10)))
print(list(zip(count(), "ab")))
