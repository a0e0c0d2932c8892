# using an object without __enter__ in with is a TypeError
class NotCM:
    pass

print("before")
with NotCM():
    pass
