# yield from delegates to another iterable
def chain(*iterables):
    for it in iterables:
        yield from it

def tree(n):
    if n > 0:
        yield n
        yield from tree(n - 1)

print(list(chain([1, 2], "ab", range(2))))
print(list(tree(4)))
