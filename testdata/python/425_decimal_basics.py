# decimal.Decimal gives exact decimal arithmetic
from decimal import Decimal
print(Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2)
print(Decimal("1.10") * 3, Decimal("10") / Decimal("4"))
print(Decimal("19.99").quantize(Decimal("0.1")), Decimal("2.675").quantize(Decimal("0.01")))
print(repr(Decimal("3.50")), str(Decimal("3.50")), Decimal(5) + 1)
print(Decimal("1.5") > 1, sum([Decimal("0.10")] * 3))
