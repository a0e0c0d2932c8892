# sorted, min and max with key= and default=
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cid", "age": 40}]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print(min(people, key=lambda p: p["age"])["name"], max(people, key=lambda p: p["age"])["name"])
print(min([], key=len, default="none"), max("", default="?"))
print(sorted(["b", "C", "a"], key=str.casefold, reverse=True))
