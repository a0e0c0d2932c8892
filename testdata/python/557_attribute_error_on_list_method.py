# calling a dict method on a list is an AttributeError
rows = [{"id": 1}]
print(rows[0].get("id"))
try:
    print(rows.get("id"))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
