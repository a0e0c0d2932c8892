# a class with only __getitem__ is iterable until IndexError
class Letters:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]

print(list(Letters()), "b" in Letters())
for ch in Letters():
    print(ch, end=";")
print()
