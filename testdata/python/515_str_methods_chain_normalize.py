# normalizing user input with chained str methods
inputs = ["  Ann@Example.COM ", "BOB@x.org", "\tcid@Y.Org\n"]
print([s.strip().lower() for s in inputs])
print([s.strip().split("@")[1].lower() for s in inputs])
print(" ".join(w.capitalize() for w in "the lord of the rings".split()))
