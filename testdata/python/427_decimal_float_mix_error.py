# adding a Decimal and a float is a TypeError
from decimal import Decimal
total = Decimal("10.00")
print(total + 5)
try:
    print(total + 0.5)
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
