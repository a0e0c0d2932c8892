# a counter assigned inside a function shadows the global
count = 0
def tally(items):
    for item in items:
        count += 1
    return count

print(tally([]))
print(tally(["a"]))
