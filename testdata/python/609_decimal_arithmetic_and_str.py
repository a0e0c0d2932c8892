# decimal.Decimal: exact construction, str in plain and scientific form, 28-digit division, // and %
from decimal import Decimal
print(Decimal("1E+3"), Decimal("0.0000001"), Decimal("-0"), Decimal("1.2e-5"), Decimal("123e2"), Decimal(0.1))
print(Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(10) / 4, Decimal("1.00") / Decimal("0.5"), Decimal(1) / 8)
print(Decimal("1.1") - Decimal("1.1"), Decimal("-1.1") + Decimal("1.1"), Decimal("7") // Decimal("2"), Decimal("-7") // 2, Decimal("-7") % 2)
print(-Decimal("0"), abs(Decimal("-2.50")), Decimal("100").normalize(), Decimal("1.500").normalize(), Decimal(0) / 5)
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.345"), 2), int(Decimal("-2.7")), float(Decimal("0.1")))
print(Decimal("1.23E+5") + 0, Decimal(123456789012345678901234567890) + 0, sum([Decimal("0.1")] * 3), 3 * Decimal("0.5"))
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('1.005'):.2f}", f"{Decimal('3.14159'):>10.3f}|", format(Decimal("0.5"), "%"), f"{Decimal('1.5'):e}")
print(Decimal("NaN"), Decimal("-Infinity"), Decimal(" 7 "), repr(Decimal("2.50")), Decimal("2.0") == Decimal("2"), Decimal("2") < Decimal("10"))
print(Decimal("0.125").quantize(Decimal("0.01")), Decimal("0.135").quantize(Decimal("0.01")), Decimal("5").quantize(Decimal("1e1")))
for expr in (lambda: Decimal(1) / 0, lambda: Decimal(0) / Decimal(0), lambda: Decimal("1e30").quantize(Decimal("0.01")), lambda: Decimal("1,5"), lambda: Decimal(1) + 1.5):
    try:
        expr()
    except Exception as e:
        print(e)
