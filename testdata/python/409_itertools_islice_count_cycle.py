# islice, count, cycle and repeat
from itertools import islice, count, cycle, repeat
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(count(10, 5), 3)))
print(list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)))
