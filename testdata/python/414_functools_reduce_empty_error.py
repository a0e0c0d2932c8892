# reduce of an empty sequence without an initial value is a TypeError
from functools import reduce
print(reduce(lambda a, b: a + b, [5]))
try:
    print(reduce(lambda a, b: a + b, []))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
