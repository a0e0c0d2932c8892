# namedtuple fields cannot be assigned
from collections import namedtuple
User = namedtuple("User", "name email")
u = User("ann", "a@x.org")
print(u.name, u == ("ann", "a@x.org"))
try:
    u.name = "bob"
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
