# set add, discard, remove, update and their effects
s = {3, 1}
s.add(2)
s.add(3)
s.discard(10)
s.update([5, 4])
print(sorted(s), len(s))
print(sorted(s.union([9])), sorted(s.intersection([1, 5, 7])))
s.remove(1)
print(sorted(s))
print(set(), repr(set()), {1} == {1}, frozenset([2, 1]) == {1, 2})
