# methods of the built-in types with CPython's arguments and errors
nums = [5, 3, 8]
print(nums.pop(), nums.pop(0), nums, (1, 2, 1).count(1), (1, 2).index(2), range(10).index(4), range(5).count(2))
for bad in (lambda: [].pop(), lambda: [1].pop(3), lambda: [1].index(9), lambda: (1,).index(9), lambda: range(3).index(7)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d.pop("a"), d.pop("zz", "default"), d, dict.fromkeys("xy", 0), dict.fromkeys([1, 2]))
for bad in (lambda: {}.pop("k"), lambda: {}.popitem(), lambda: set().remove(2), lambda: set().pop()):
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
s = {1, 2}
print(s.isdisjoint([3]), s.isdisjoint({2}), s.copy() == s, s.copy() is s)
print("Hello World".swapcase(), "_x1".isidentifier(), "1x".isidentifier(), "123".isnumeric(), "ab".isascii(), "Straße".casefold())
print("a\tbc\td".expandtabs(4), "x\r\ny\nz\r".splitlines(), "x\ny".splitlines(keepends=True), "café".encode(), b"caf\xc3\xa9".decode())
print(str.upper("abc"), list(map(str.strip, [" a ", "b "])), "abc".translate(str.maketrans("ab", "xy", "c")))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
try:
    str.upper(5)
except TypeError as e:
    print(e)
