# a missing module attribute is an AttributeError
import math
print(math.floor(2.5))
print(math.round(2.5))
