# Decimal of a non-number string raises InvalidOperation
from decimal import Decimal, InvalidOperation
try:
    Decimal("abc")
except InvalidOperation as e:
    print("invalid:", type(e).__name__)
print(Decimal(" 1.5 "))
