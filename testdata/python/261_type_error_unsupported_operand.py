# adding incompatible types reports both operand types
print(1 + 2.5)
print([1] * 2)
try:
    print(None + 1)
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
