# the conditional expression picks a value inline
for n in range(5):
    kind = "even" if n % 2 == 0 else "odd"
    size = "small" if n < 2 else "medium" if n < 4 else "large"
    print(n, kind, size)
