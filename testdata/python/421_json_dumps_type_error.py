# serializing an object JSON does not know is a TypeError
import json
class Book:
    pass
print(json.dumps({"ok": 1}))
try:
    print(json.dumps({"book": Book()}))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
