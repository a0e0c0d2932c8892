# a return in finally overrides the try's return
def f():
    try:
        return "from try"
    finally:
        print("finally runs")

def g():
    try:
        return "from try"
    finally:
        return "from finally"

print(f())
print(g())
