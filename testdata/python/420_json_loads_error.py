# invalid JSON raises json.JSONDecodeError
import json
print(json.loads('{"a": 1}'))
json.loads("{'a': 1}")
