# enumerate over dict items with nested unpacking
prices = {"pen": 1.5, "ink": 4.0}
for n, (item, price) in enumerate(prices.items(), start=1):
    print(f"{n}. {item}: {price:.2f}")
print(list(enumerate(prices)))
