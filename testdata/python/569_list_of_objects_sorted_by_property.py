# sorting objects by a property and by attribute tuples
class Book:
    def __init__(self, title, pages):
        self.title = title
        self.pages = pages
    @property
    def long(self):
        return self.pages > 300
    def __repr__(self):
        return self.title

books = [Book("Dune", 412), Book("It", 1138), Book("Emma", 279)]
print(sorted(books, key=lambda b: b.pages))
print(sorted(books, key=lambda b: (b.long, b.title)))
print([b for b in books if b.long])
