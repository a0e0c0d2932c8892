# type(x).__name__ and x.__class__ for builtins and user classes
class Serializer:
    pass
class BookSerializer(Serializer):
    pass

s = BookSerializer()
print(type(s).__name__, s.__class__.__name__, type(s) is BookSerializer)
print(type(s) == Serializer, isinstance(s, Serializer))
print(BookSerializer.__bases__[0].__name__, BookSerializer.__name__)
print(type(3).__name__, type("").__name__, type([]).__name__, type(len).__name__)
