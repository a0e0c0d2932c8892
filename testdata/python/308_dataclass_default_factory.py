# field(default_factory=list) gives each instance its own list
from dataclasses import dataclass, field

@dataclass
class Order:
    customer: str
    items: list = field(default_factory=list)
    total: float = 0.0

a = Order("ann")
b = Order("bob", ["pen"])
a.items.append("book")
print(a)
print(b)
print(Order("cid").items)
