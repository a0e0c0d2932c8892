# sort keys returning tuples order by several fields
rows = [("ann", 31), ("bob", 25), ("cid", 31)]
print(sorted(rows, key=lambda r: r[1]))
print(sorted(rows, key=lambda r: (r[1], r[0]), reverse=True))
print(sorted(rows, key=lambda r: (-r[1], r[0])))
print(max(rows, key=lambda r: r[1]))
