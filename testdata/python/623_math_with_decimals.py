# math functions take Decimals: floor, ceil and trunc exactly, the others as floats
import math
from decimal import Decimal as D
print(math.floor(D("2.5")), math.ceil(D("-2.5")), math.trunc(D("-2.7")), math.sqrt(D("2.25")), math.floor(D("1e30")), math.isclose(D("1.0"), 1))
