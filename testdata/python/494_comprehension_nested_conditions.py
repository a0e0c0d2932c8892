# comprehensions with two for clauses and two if clauses
pairs = [(a, b) for a in range(1, 5) if a % 2 for b in range(a, 5) if (a + b) % 2 == 0]
print(pairs)
words = ["apple", "kiwi", "fig", "banana"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
