# reading nested JSON-like data
data = {"results": [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}], "count": 2}
print(data["results"][0]["tags"][-1])
print([r["id"] for r in data["results"] if r["tags"]])
print(len(data["results"][1]["tags"]))
print(data["results"][1]["tags"][0])
