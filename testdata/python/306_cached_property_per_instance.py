# each instance has its own cached value
from functools import cached_property

class User:
    calls = 0
    def __init__(self, name):
        self.name = name
    @cached_property
    def profile(self):
        User.calls += 1
        return {"name": self.name.title()}

a, b = User("ann"), User("bob")
print(a.profile, a.profile, b.profile, User.calls)
print("profile" in vars(a))
