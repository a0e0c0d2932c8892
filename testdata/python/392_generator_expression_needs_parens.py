# a generator expression as a sole argument needs no extra parentheses
print(sum(x for x in range(5)))
print(list(x * 2 for x in "ab"))
print(sorted((len(w), w) for w in ["bb", "a", "ccc"]))
print(tuple(c for c in "hey" if c != "e"))
