# a mutable default without default_factory is a ValueError
from dataclasses import dataclass

print("defining")
@dataclass
class Bad:
    tags: list = []
