# chained comparisons checking ranges in a grading helper
def bucket(n):
    if 0 <= n < 10:
        return "single"
    elif 10 <= n < 100:
        return "double"
    elif n >= 100:
        return "many"
    return "negative"

print([bucket(n) for n in [-5, 0, 9, 10, 99, 100, 5000]])
print(1 < 2 < 3 < 4 > 2, 1 == 1.0 == True)
