# e.args holds the constructor arguments, str(e) shows them
try:
    raise Exception("spam", "eggs")
except Exception as inst:
    print(type(inst).__name__)
    print(inst.args)
    print(inst)
    x, y = inst.args
    print("x =", x)
    print("y =", y)
