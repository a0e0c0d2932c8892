# bool is a subclass of int
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(True + 1, True == 1, type(True).__name__)
print(isinstance(None, type(None)), type(None).__name__)
