# constructor argument count errors name __init__'s class
class Book:
    def __init__(self, title, author):
        self.title = title
        self.author = author

print(Book("Dune", "Herbert").title)
Book("Dune")
