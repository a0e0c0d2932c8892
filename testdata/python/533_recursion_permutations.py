# recursive generation of permutations and power sets
def perms(items):
    if len(items) <= 1:
        return [items]
    return [[x] + p for i, x in enumerate(items) for p in perms(items[:i] + items[i + 1:])]

def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    return rest + [[items[0]] + r for r in rest]

print(perms([1, 2, 3]))
print(sorted(powerset(["a", "b", "c"]), key=lambda s: (len(s), s)))
