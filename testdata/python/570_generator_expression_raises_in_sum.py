# an exception inside a generator expression propagates out of sum()
stock = {"pen": 3, "ink": 1}
print(sum(stock[k] for k in ["pen", "ink"]))
print(sum(stock[k] for k in ["pen", "lamp", "ink"]))
