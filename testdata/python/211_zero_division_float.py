# float division by zero is also ZeroDivisionError
total = 0
count = 0
print(total * 1.0)
try:
    print(total / count)
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
