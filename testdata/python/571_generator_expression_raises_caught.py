# an exception raised while list() consumes a generator is catchable
def ratio(n):
    return 10 / n

try:
    print(list(ratio(n) for n in [5, 2, 0, 1]))
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(max(int(s) for s in ["3", "x"]))
except ValueError as e:
    print("caught:", e)
