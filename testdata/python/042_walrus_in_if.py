# walrus avoids calling len twice
items = list(range(12))
if (n := len(items)) > 10:
    print(f"List is too long ({n} elements, expected <= 10)")
print(n)
