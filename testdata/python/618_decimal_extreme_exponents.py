# Decimal with far-apart exponents rounds without building huge numbers; normalize, hash, // and %
from decimal import Decimal
big = Decimal("1e99999")
print(big + 1, Decimal("1e-99999") + 1, Decimal(1) + Decimal("1E-40"), Decimal("1E+40") - Decimal("1"))
print(big > Decimal(1), Decimal("-1e999") < Decimal("1e-999"), Decimal("1.5").quantize(Decimal("1e5")), Decimal("2.5e-10") + 0)
print(Decimal("1e-99999") % 3, Decimal(7) % Decimal("0.5"), Decimal("12.5") // Decimal("0.3"), hash(Decimal("1e5")) == hash(100000))
print(Decimal("0.00").normalize(), Decimal("-0.0").normalize(), Decimal("120.50").normalize(), {Decimal("2.0"): "x"}[Decimal(2)])
for f in (lambda: big // 3, lambda: Decimal("1.5").quantize(Decimal("1e-99999")), lambda: round(Decimal("1.5"), 99999)):
    try:
        f()
    except Exception as e:
        print(e)
