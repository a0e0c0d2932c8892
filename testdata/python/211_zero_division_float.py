# float division by zero is also ZeroDivisionError
total = 0
count = 0
print(total * 1.0)
print(total / count)
