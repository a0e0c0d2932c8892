# list.remove raises ValueError when the item is absent
tags = ["django", "python"]
tags.remove("python")
print(tags)
try:
    tags.remove("flask")
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
