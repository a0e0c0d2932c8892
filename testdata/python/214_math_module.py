# the math module
import math
print(math.pi, math.e)
print(math.sqrt(16), math.floor(3.7), math.ceil(3.2), math.trunc(-3.7))
print(math.gcd(12, 18), math.factorial(6), math.isclose(0.1 + 0.2, 0.3))
print(math.log(math.e), math.log10(1000), math.log2(8), math.pow(2, 3))
print(math.inf > 10 ** 100, math.isnan(math.nan), math.fsum([0.1] * 10))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))
