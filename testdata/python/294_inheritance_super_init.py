# super().__init__ passes arguments to the parent initializer
class Model:
    def __init__(self, **fields):
        self.fields = fields
        self.saved = False

class Book(Model):
    def __init__(self, title, **fields):
        super().__init__(title=title, **fields)
        self.slug = title.lower().replace(" ", "-")

b = Book("The Hobbit", year=1937)
print(b.fields, b.saved, b.slug)
