# callable on functions, classes, lambdas, instances and values
class A:
    pass
class B:
    def __call__(self):
        return 1
for obj in [print, A, A(), B(), lambda: 0, 3, "x", len]:
    print(callable(obj), end=" ")
print()
