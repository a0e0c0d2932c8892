# iterate over a copy to modify the collection safely
users = {"ann": "active", "bob": "inactive", "cid": "active"}
for user, status in users.copy().items():
    if status == "inactive":
        del users[user]
print(users)
active = {}
for user, status in users.items():
    if status == "active":
        active[user] = status
print(active)
