# looping over a dict sorted by value, then by key
stock = {"pens": 12, "ink": 3, "paper": 12, "clips": 40}
for name, qty in sorted(stock.items(), key=lambda kv: (kv[1], kv[0])):
    print(f"{name:>6}: {qty}")
print(sorted(stock, key=stock.get, reverse=True)[:2])
