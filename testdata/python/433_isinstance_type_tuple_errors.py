# isinstance's second argument must be a type or tuple of types
print(isinstance(3, (str, (int, float))))
print(isinstance(3, "int"))
