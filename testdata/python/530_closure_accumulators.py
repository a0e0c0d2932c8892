# closures as independent accumulators
def make_acc():
    items = []
    def acc(x=None):
        if x is not None:
            items.append(x)
        return list(items)
    return acc

a, b = make_acc(), make_acc()
a(1)
a(2)
b("x")
print(a(), b(), a(3))
