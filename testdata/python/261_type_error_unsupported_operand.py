# adding incompatible types reports both operand types
print(1 + 2.5)
print([1] * 2)
print(None + 1)
