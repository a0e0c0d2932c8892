# print(*rows) prints each item with str, not repr
rows = [("Dune", 1965), ("Emma", 1815)]
print(*rows)
print(*rows, sep="\n")
print(*"abc")
print(*range(3), sep=" + ", end=" = 3\n")
