# len() of an int is a TypeError
print(len("abc"), len([1]), len({}))
try:
    print(len(5))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
