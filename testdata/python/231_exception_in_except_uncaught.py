# an error inside an except block propagates the new exception
data = {"a": 1}
try:
    value = data["b"]
except KeyError:
    value = data["b"].upper()
print(value)
