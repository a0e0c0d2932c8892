# adding a Decimal and a float is a TypeError
from decimal import Decimal
total = Decimal("10.00")
print(total + 5)
print(total + 0.5)
