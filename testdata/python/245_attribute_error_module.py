# a missing module attribute is an AttributeError
import math
print(math.floor(2.5))
try:
    print(math.round(2.5))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
