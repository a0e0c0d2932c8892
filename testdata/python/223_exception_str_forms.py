# str and repr of exceptions with zero, one and several args
for e in [ValueError(), ValueError("bad"), ValueError("a", 2), KeyError("k"), KeyError()]:
    print(repr(str(e)), repr(e), e.args)
