# dataclasses as data transfer objects converted to dicts
from dataclasses import dataclass, asdict, field

@dataclass
class AuthorDTO:
    name: str
    books: list = field(default_factory=list)

@dataclass
class BookDTO:
    title: str
    year: int

a = AuthorDTO("Austen", [BookDTO("Emma", 1815), BookDTO("Persuasion", 1817)])
print(asdict(a))
print(len(a.books), a.books[0])
