# f-string conversions !r, !s and !a
s = "café"
print(f"{s} {s!r} {s!s} {s!a}")
items = ["a", 1]
print(f"{items} {items!r} {items!s}")
print(f"{None!r} {True!s:>6}")
