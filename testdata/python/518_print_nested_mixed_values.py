# printing nested data with floats, bools, None and tuples
report = {"count": 3, "avg": 2 / 3, "ok": True, "missing": None, "range": (1, 9), "tags": {"x"}}
print(report)
print(list(report.values()))
print(*report.items(), sep="\n")
