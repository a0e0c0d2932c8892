# __str__ returning a non-string is a TypeError
class Broken:
    def __str__(self):
        return 42

print(repr(Broken()).startswith("<"))
print(str(Broken()))
