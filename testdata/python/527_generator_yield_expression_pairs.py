# generators yielding tuples consumed by dict and unpacking loops
def indexed(items, start=0):
    for item in items:
        yield start, item
        start += 1

print(dict(indexed("abc", 1)))
for i, ch in indexed("xy"):
    print(i, ch)
