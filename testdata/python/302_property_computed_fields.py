# properties computing fields like a model's full_name
class Author:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @property
    def initials(self):
        return self.first[0] + self.last[0]

a = Author("Jane", "Austen")
print(a.full_name, a.initials)
a.first = "J."
print(a.full_name)
