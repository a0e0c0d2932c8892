# an unknown keyword argument is a TypeError
def total(items, tax=0.2):
    return sum(items) * (1 + tax)

print(round(total([10, 20]), 2))
print(total([10], discount=5))
