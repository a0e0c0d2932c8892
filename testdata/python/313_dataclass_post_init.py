# __post_init__ derives fields after __init__
from dataclasses import dataclass, field

@dataclass
class LineItem:
    price: float
    qty: int = 1
    total: float = field(init=False)

    def __post_init__(self):
        self.total = self.price * self.qty

print(LineItem(2.5, 4))
print(LineItem(3))
