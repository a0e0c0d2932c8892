# product, permutations and combinations
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [0, 1])))
print(list(permutations("abc", 2)))
print(list(combinations(range(4), 2)))
print(len(list(combinations_with_replacement("ab", 2))))
print(list(product([1, 2], repeat=2)))
