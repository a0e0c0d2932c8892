# building a new list instead of changing one while iterating
raw_data = [56.2, float("nan"), 51.7, 55.3, 52.5, float("nan"), 47.8]
filtered = []
for value in raw_data:
    if value == value:
        filtered.append(value)
print(filtered, len(raw_data) - len(filtered))
