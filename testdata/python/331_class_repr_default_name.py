# the default repr names the class and module
class Thing:
    pass

r = repr(Thing())
print(r.startswith("<__main__.Thing object at 0x"), r.endswith(">"))
print(str(Thing()) == repr(Thing()) or "differs")
