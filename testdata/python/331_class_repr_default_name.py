# the default repr names the class and module
class Thing:
    pass

t = Thing()
r = repr(t)
print(r.startswith("<__main__.Thing object at 0x"), r.endswith(">"))
print(str(t) == r, repr(Thing()) == r)
