# Decimal quantize with an explicit rounding mode
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
price = Decimal("2.345")
print(price.quantize(Decimal("0.01")), price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(price.quantize(Decimal("0.1"), rounding=ROUND_DOWN))
print(Decimal("7").quantize(Decimal("1.00")), f"{Decimal('1234.5'):,.2f}")
