# f-strings aligning a column to the longest entry
rows = {"id": 7, "title": "Dune", "published": 1965}
width = max(len(k) for k in rows)
for key, value in rows.items():
    print(f"{key:>{width}} | {value!r}")
