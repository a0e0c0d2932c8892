# an exception inside a comprehension propagates
values = ["1", "2", "three"]
try:
    numbers = [int(v) for v in values]
except ValueError as e:
    print("bad value:", e)
numbers = [int(v) for v in values if v.isdigit()]
print(numbers)
print([10 // n for n in [1, 2, 0]])
