# dropwhile, takewhile and filterfalse
from itertools import dropwhile, takewhile, filterfalse
nums = [1, 4, 6, 3, 8]
print(list(takewhile(lambda x: x < 5, nums)))
print(list(dropwhile(lambda x: x < 5, nums)))
print(list(filterfalse(lambda x: x % 2, nums)))
