# dataclasses.asdict, astuple, replace and fields
from dataclasses import dataclass, asdict, astuple, replace, fields

@dataclass
class Book:
    title: str
    pages: int
    tags: tuple = ()

b = Book("Dune", 412, ("sf",))
print(asdict(b))
print(astuple(b))
print(replace(b, pages=500))
print([f.name for f in fields(b)])
