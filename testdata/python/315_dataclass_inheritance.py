# dataclass fields are inherited and extended
from dataclasses import dataclass

@dataclass
class Base:
    id: int

@dataclass
class Article(Base):
    title: str
    draft: bool = True

a = Article(1, "Hello")
print(a, isinstance(a, Base))
