# a dataclass missing a required field is a TypeError
from dataclasses import dataclass

@dataclass
class User:
    name: str
    email: str

print(User("ann", "a@x.org"))
print(User("bob"))
