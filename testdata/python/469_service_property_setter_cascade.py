# a model-like class whose property setter updates derived fields
class Product:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        self._price = round(float(value), 2)
        self.price_with_tax = round(self._price * 1.2, 2)

p = Product("pen", "1.999")
print(p.price, p.price_with_tax)
p.price = 10
print(p.price, p.price_with_tax)
