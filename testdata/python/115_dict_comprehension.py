# dict and set comprehensions
print({x: x ** 2 for x in (2, 4, 6)})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print(sorted({len(w) for w in words}))
prices = {"a": 3, "b": 12, "c": 7}
print({k: v for k, v in prices.items() if v > 5})
print({v: k for k, v in prices.items()})
