# mutating an enclosing list needs no nonlocal
def collector():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items

add, items = collector()
add("a")
add("b")
print(items)
