# any over a generator stops querying objects once one matches
class Book:
    def __init__(self, title, author):
        self.title = title
        self._author = author
    @property
    def author(self):
        print("loading author of", self.title)
        return self._author

books = [Book("Emma", "Austen"), Book("Dune", "Herbert"), Book("It", "King")]
print(any(b.author == "Herbert" for b in books))
print(all(b.author != "Nobody" for b in books[:1]))
