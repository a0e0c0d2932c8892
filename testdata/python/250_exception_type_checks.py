# isinstance checks on caught exceptions and the built-in hierarchy
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, isinstance(e, KeyError), isinstance(e, Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, IndexError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(bool, int))
