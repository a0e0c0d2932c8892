# an exception class nested inside a model-like class
class Book:
    class DoesNotExist(Exception):
        pass

    rows = {1: "Dune"}

    @classmethod
    def get(cls, pk):
        if pk not in cls.rows:
            raise cls.DoesNotExist("Book matching query does not exist.")
        return cls.rows[pk]

try:
    Book.get(2)
except Book.DoesNotExist as e:
    print("not found:", e)
print(Book.get(1))
Book.get(3)
