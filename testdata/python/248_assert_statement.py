# assert raises AssertionError with the optional message
def average(values):
    assert values, "values must not be empty"
    return sum(values) / len(values)

print(average([2, 4]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)
assert 1 + 1 == 3
