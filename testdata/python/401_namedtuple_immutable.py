# namedtuple fields cannot be assigned
from collections import namedtuple
User = namedtuple("User", "name email")
u = User("ann", "a@x.org")
print(u.name, u == ("ann", "a@x.org"))
u.name = "bob"
