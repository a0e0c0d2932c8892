# return inside a generator ends the iteration
def first_n(items, n):
    for i, item in enumerate(items):
        if i == n:
            return
        yield item

print(list(first_n("abcdef", 3)))
print(list(first_n([], 3)))
