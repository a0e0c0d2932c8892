# a method's missing argument is named with the method's name
class Cart:
    def add(self, item, qty):
        return f"{qty} x {item}"

cart = Cart()
print(cart.add("pen", 2))
print(cart.add("pen"))
