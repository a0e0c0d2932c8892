# the walrus operator inside a comprehension filter
def slow_square(x):
    return x * x

results = [y for x in range(6) if (y := slow_square(x)) > 5]
print(results)
print(y)
