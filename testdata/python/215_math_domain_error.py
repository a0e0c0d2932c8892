# math.sqrt of a negative number is a ValueError
import math
print(math.sqrt(2))
print(math.sqrt(-1))
