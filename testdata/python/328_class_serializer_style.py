# a serializer class turning objects into dicts
class Book:
    def __init__(self, title, author, year):
        self.title, self.author, self.year = title, author, year

class BookSerializer:
    fields = ["title", "year"]
    def __init__(self, instance=None, many=False):
        self.instance = instance
        self.many = many
    def to_representation(self, obj):
        return {f: getattr(obj, f) for f in self.fields}
    @property
    def data(self):
        if self.many:
            return [self.to_representation(o) for o in self.instance]
        return self.to_representation(self.instance)

books = [Book("Dune", "Herbert", 1965), Book("Emma", "Austen", 1815)]
print(BookSerializer(books[0]).data)
print(BookSerializer(books, many=True).data)
