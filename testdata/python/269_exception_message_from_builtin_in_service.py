# a KeyError inside a service method propagates with its key
class PriceService:
    prices = {"book": 12, "pen": 2}

    def total(self, cart):
        return sum(self.prices[item] * qty for item, qty in cart.items())

svc = PriceService()
print(svc.total({"book": 2, "pen": 3}))
print(svc.total({"book": 1, "lamp": 1}))
