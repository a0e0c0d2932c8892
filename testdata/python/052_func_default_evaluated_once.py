# a default is evaluated once, so a mutable default is shared
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
