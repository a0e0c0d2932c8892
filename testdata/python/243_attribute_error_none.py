# calling a method on None is an AttributeError
def find(users, name):
    for u in users:
        if u["name"] == name:
            return u

user = find([{"name": "ann"}], "bob")
print(user)
print(user.get("email"))
