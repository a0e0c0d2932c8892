# calling a dict method on a list is an AttributeError
rows = [{"id": 1}]
print(rows[0].get("id"))
print(rows.get("id"))
