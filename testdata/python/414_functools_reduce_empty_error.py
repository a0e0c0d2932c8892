# reduce of an empty sequence without an initial value is a TypeError
from functools import reduce
print(reduce(lambda a, b: a + b, [5]))
print(reduce(lambda a, b: a + b, []))
