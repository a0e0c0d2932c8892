# any stops at the first true item and all at the first false one
def loud(value):
    print("looking at", value)
    return value

print(any(loud(v) for v in [0, "", 3, 4]))
print(all(loud(v) for v in [1, 0, 5]))
print(any([]), all([]))
