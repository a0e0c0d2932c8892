# a RecursionError can be caught and reported
def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print("caught:", e)
print("still running")
