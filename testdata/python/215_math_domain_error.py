# math.sqrt of a negative number is a ValueError
import math
print(math.sqrt(2))
try:
    print(math.sqrt(-1))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
