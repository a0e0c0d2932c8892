# an exception propagates up through several calls
def level3():
    raise RuntimeError("deep problem")
def level2():
    level3()
    print("not reached")
def level1():
    try:
        level2()
    except RuntimeError as e:
        print("level1 handled:", e)
        return "recovered"
print(level1())
level3()
