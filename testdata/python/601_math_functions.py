# math's functions and constants, and its errors
import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.gcd(12, 18), math.gcd(0, 5, 10), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.pow(2, 10))
print(math.fabs(-3), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(round(math.sin(math.pi / 2), 6), round(math.cos(0), 6), round(math.atan2(1, 1), 6), math.tan(0))
for expr in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1),
             lambda: math.sqrt("9"), lambda: math.floor(math.nan), lambda: math.exp(1000)):
    try:
        expr()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
