# an uncaught assert with a message
stock = {"pens": 3}
def take(item, n):
    assert stock[item] >= n, f"only {stock[item]} {item} left"
    stock[item] -= n
    return stock[item]

print(take("pens", 2))
take("pens", 5)
