# frozenset is hashable and keeps its type, bytes iterate and index as ints, reversed() uses __reversed__
f = frozenset([3, 1, 3])
print(len(f), 1 in f, sorted(f), frozenset(), f == frozenset({1, 3}), {f: "key"}[frozenset([1, 3])])
print(sorted(f | {5}), type(f | {5}).__name__, type({5} | f).__name__, sorted(f.union([7])), f.issubset({1, 3, 4}))
data = "héllo".encode()
print(data[0], data[-1], list(data[:2]), len(data), list(b"ab"), sum(b"\x01\x02"))
for bad in (lambda: data[99], lambda: data["x"]):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
class Shelf:
    def __init__(self, *books):
        self.books = books
    def __len__(self):
        return len(self.books)
    def __getitem__(self, i):
        return self.books[i]
print(list(reversed(Countdown(3))), list(reversed(Shelf("a", "b", "c"))))
