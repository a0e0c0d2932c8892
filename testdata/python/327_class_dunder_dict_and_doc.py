# class docstrings and __dict__ of instances
class Item:
    """An item in the store."""
    def __init__(self, sku):
        self.sku = sku

i = Item("A1")
print(Item.__doc__)
print(i.__dict__)
i.__dict__["price"] = 5
print(i.price)
