# f-string format specs: width, alignment, precision, sign, grouping
pi = 3.14159265
n = 1234567
print(f"[{pi:.2f}] [{pi:8.3f}] [{pi:<8.1f}] [{pi:^9.2f}] [{pi:+.1f}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:012d}] [{-n:,}]")
print(f"[{'ab':>5}] [{'ab':<5}] [{'ab':^6}] [{'ab':*^6}] [{'ab':-<4}]")
print(f"[{0.256:.1%}] [{1e6:.2e}] [{255:x}] [{255:#X}] [{5:b}] [{8:#o}]")
print(f"[{42:5}] [{'x':5}] [{3.0:g}] [{1234.5:.6g}] [{0.00001:g}]")
