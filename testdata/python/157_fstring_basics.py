# f-strings interpolate expressions
name = "Ann"
items = 3
price = 4.5
print(f"{name} bought {items} items for {items * price} euros")
print(f"{name.upper()!r} {len(name)} {'nested'} {items > 2}")
print(f"{{literal braces}} {name}")
print(F"{[i * 2 for i in range(3)]}")
