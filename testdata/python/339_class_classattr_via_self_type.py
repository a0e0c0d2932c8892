# type(self) reaches class attributes from an instance
class Model:
    table = "base"
    def describe(self):
        return f"{type(self).__name__} stored in {type(self).table}"

class Book(Model):
    table = "library_book"

print(Model().describe())
print(Book().describe())
