# else runs only when try raised nothing
def check(values):
    for v in values:
        try:
            n = 10 // v
        except ZeroDivisionError:
            print(v, "-> cannot divide")
        else:
            print(v, "->", n)

check([5, 0, -3])
