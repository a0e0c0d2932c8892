# JSON keys become strings on a round trip
import json
original = {1: "one", "2": [True, None]}
text = json.dumps(original)
print(text)
print(json.loads(text))
print(json.loads(text) == original)
