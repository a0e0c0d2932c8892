# an order service computing totals with discounts
class OrderService:
    TAX = 0.2

    def __init__(self, discounts=None):
        self.discounts = discounts or {}

    def line_total(self, line):
        price = line["price"] * line["qty"]
        return price * (1 - self.discounts.get(line["sku"], 0))

    def total(self, lines):
        subtotal = sum(self.line_total(l) for l in lines)
        return round(subtotal * (1 + self.TAX), 2)

svc = OrderService({"B2": 0.5})
lines = [{"sku": "A1", "price": 10.0, "qty": 2}, {"sku": "B2", "price": 8.0, "qty": 1}]
print(svc.total(lines), svc.total([]))
