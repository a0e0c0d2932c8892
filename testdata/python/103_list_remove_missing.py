# list.remove raises ValueError when the item is absent
tags = ["django", "python"]
tags.remove("python")
print(tags)
tags.remove("flask")
