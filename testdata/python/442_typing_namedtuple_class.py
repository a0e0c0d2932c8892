# typing.NamedTuple as a class with annotations and defaults
from typing import NamedTuple

class Employee(NamedTuple):
    name: str
    dept: str = "it"

e = Employee("ann")
print(e, e.dept, e._fields)
print(Employee("bob", "hr") > e)
