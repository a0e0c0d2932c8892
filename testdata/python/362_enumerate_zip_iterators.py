# enumerate and zip return lazy iterators
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), list(e))
z = zip("ab", [1, 2])
print(type(z).__name__, list(z), list(z))
