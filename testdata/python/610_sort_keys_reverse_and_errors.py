# sorted and list.sort: key and reverse keep equal items in order; mixed types name CPython's pair
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=lambda r: r[1]), sorted(rows, key=lambda r: r[1], reverse=True))
words = ["pear", "Fig", "apple", "kiwi"]
words.sort(key=str.lower)
print(words, sorted("hello"), sorted({"b": 1, "a": 2}), sorted((3, 1, 2), reverse=True))
class Price:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if other.v is None:
            raise ValueError("no price")
        return self.v < other.v
    def __repr__(self):
        return f"Price({self.v})"
print(sorted([Price(3), Price(1), Price(2)]), min([Price(5), Price(4)]), max(Price(1), Price(9)))
for bad in ([3, "a", 1], [1, None], [Price(1), Price(None)]):
    try:
        sorted(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(e)
print(max([], default="none"), min("zebra"), max([1, 3, 2], key=lambda x: -x), max(["aa", "b", "cc"], key=len))
