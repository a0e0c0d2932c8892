# json.loads parses JSON text into Python data
import json
text = '{"id": 7, "items": [1, 2.5, "x"], "ok": true, "next": null}'
data = json.loads(text)
print(data)
print(type(data["items"][1]).__name__, data["ok"], data["next"])
print(json.loads("[]"), json.loads('"s"'), json.loads("3"))
