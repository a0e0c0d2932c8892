# json.dumps indent, separators, floats, keys and escapes; loads errors with their positions
import json
print(json.dumps({"a": [1, {"b": None}], "c": [], "d": {}}, indent=2))
print(json.dumps({"a": [1, {"b": None}], "c": []}, indent="\t", separators=(",", "=")))
print(json.dumps([1.0, 1e20, 1.5e-7, float("inf"), -0.0, 10**20]))
print(json.dumps({1: 2, False: 3, None: 4, 2.5: 5}))
print(json.dumps("\x7f é 😀 \x01 \"q\" \\ \n\t"))
print(json.dumps({"z": 1, "a": 2}, sort_keys=True, indent=0))
for s in ['', '{', '{"a" 1}', '{"a": 1,}', '[1 2]', '[1,]', '"abc', 'tru', "{'a': 1}", '1 2', '"a\nb"', '[1, 2', '{"a": }', 'nan', '-', '01', '1.5e', '"\\x"', '{1: 2}', ' ', '\n\n  [1,\n  2 3]']:
    try:
        json.loads(s)
    except Exception as e:
        print(repr(s), e)
print(json.loads('[1e2, 1E-2, -0, -0.0, 12345678901234567890, "\\u00e9\\ud83d\\ude00", NaN, Infinity, {"a": {"b": [true, false, null]}}]'))
