# looping over a dict's items in insertion order
prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
for name, price in prices.items():
    print(f"{name:<6} {price:>5.2f}")
for name in prices:
    print(name.upper())
