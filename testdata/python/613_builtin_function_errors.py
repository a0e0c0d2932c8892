# builtin functions' argument errors worded as CPython words them
for call in (lambda: len(), lambda: len(1, 2), lambda: ord("ab"), lambda: ord(5), lambda: chr(-1), lambda: chr("a"),
             lambda: bin(2.5), lambda: divmod(1, b=2), lambda: max(), lambda: max([]), lambda: min(1, 2, default=0),
             lambda: int(None), lambda: int([1]), lambda: sum(["a", "b"], ""), lambda: map(len), lambda: filter(len),
             lambda: enumerate(5), lambda: list(enumerate([1], start="a")), lambda: zip(1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bin(10), oct(8), hex(255), bin(-5), hex(True), ord("é"), chr(97), divmod(7, 2), divmod(-7, 2))
print(int(), int("1_000"), int(" 42 "), int(True), int(3.9), float(), min(3, 1, 2), max("ab", "b"), sum([0.1] * 3), sum([[1], [2]], []))
