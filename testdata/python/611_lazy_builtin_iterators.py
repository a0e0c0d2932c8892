# map, filter, zip, enumerate and reversed are lazy iterators of their own types
calls = []
def shout(s):
    calls.append(s)
    return s.upper()
m = map(shout, ["a", "b", "c"])
print(type(m).__name__, calls)
for x in m:
    if x == "B":
        break
print(calls, list(m))
print(type(filter(None, [])).__name__, list(filter(None, [0, 1, "", "x"])), list(map(pow, [2, 3], [3, 2])))
z = zip("ab", [1, 2, 3])
print(type(z).__name__, list(z), list(z))
e = enumerate("xy", start=10)
print(type(e).__name__, list(e), list(enumerate([])))
for seq in ([1, 2, 3], range(3), "abc", (1, 2), {"k": 1, "j": 2}):
    r = reversed(seq)
    print(type(r).__name__, list(r))
try:
    reversed(x for x in "ab")
except TypeError as err:
    print(err)
try:
    list(zip([1, 2], "a", strict=True))
except ValueError as err:
    print(err)
print(list(zip([1], "a", strict=True)), list(zip()), dict(zip("ab", range(2))))
