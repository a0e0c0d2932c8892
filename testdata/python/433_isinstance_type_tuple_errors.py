# isinstance's second argument must be a type or tuple of types
print(isinstance(3, (str, (int, float))))
try:
    print(isinstance(3, "int"))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
