# accumulate, zip_longest, pairwise, starmap, compress
from itertools import accumulate, zip_longest, pairwise, starmap, compress
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(pairwise("abcd")))
print(list(starmap(pow, [(2, 3), (3, 2)])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
