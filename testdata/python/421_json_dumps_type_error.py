# serializing an object JSON does not know is a TypeError
import json
class Book:
    pass
print(json.dumps({"ok": 1}))
print(json.dumps({"book": Book()}))
