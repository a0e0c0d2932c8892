# getattr, setattr, hasattr and delattr on objects
class Config:
    debug = False

c = Config()
print(getattr(c, "debug"), getattr(c, "missing", "default"), hasattr(c, "debug"), hasattr(c, "x"))
setattr(c, "level", 3)
print(c.level, vars(c))
delattr(c, "level")
print(hasattr(c, "level"))
for name in ["debug", "level"]:
    print(name, getattr(c, name, None))
print(getattr(c, "nope"))
