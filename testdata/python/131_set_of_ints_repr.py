# small int sets print in order
print({3, 1, 2})
print({1, 2} | {3})
print(set([5, 5, 5]))
print(frozenset({1}))
