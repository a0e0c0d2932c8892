# __str__ is used by print and str, __repr__ by repr and containers
class Book:
    def __init__(self, title, year):
        self.title = title
        self.year = year
    def __str__(self):
        return self.title
    def __repr__(self):
        return f"Book({self.title!r}, {self.year})"

b = Book("Dune", 1965)
print(b)
print(str(b), repr(b))
print([b, Book("Emma", 1815)])
print(f"{b} / {b!r}")
print({"first": b})
