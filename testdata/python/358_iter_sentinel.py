# iter(callable, sentinel) calls until the sentinel appears
values = [3, 2, 1, 0, 5]
def pop_first():
    return values.pop(0)

print(list(iter(pop_first, 0)))
print(values)
