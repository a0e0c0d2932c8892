# typing.NamedTuple in its functional form makes a namedtuple type
from typing import NamedTuple
Employee = NamedTuple("Employee", [("name", str), ("dept", str)])
e = Employee("ann", dept="it")
print(e, e.dept, Employee._fields, e._asdict())
