# a permission check helper with sets and any/all
ROLES = {"editor": {"add", "change"}, "admin": {"add", "change", "delete"}, "viewer": set()}

class User:
    def __init__(self, name, *roles):
        self.name = name
        self.roles = roles

    def has_perm(self, perm):
        return any(perm in ROLES[r] for r in self.roles)

    def has_perms(self, perms):
        return all(self.has_perm(p) for p in perms)

u = User("ann", "viewer", "editor")
print(u.has_perm("add"), u.has_perm("delete"), u.has_perms(["add", "change"]))
print(User("bob", "guest").has_perm("add"))
