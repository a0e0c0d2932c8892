# repr of nested containers with strings, None, bools and floats
data = {"name": "O'Brien", "tags": ("a", 'b"c'), "score": 1.0, "ok": None, "flags": [True, False]}
print(data)
print(repr(data))
print([1, [2, [3, ["four"]]]], (1,), ((),), [()])
print(str("x"), repr("x"), str(["x"]))
print({"k": {"nested": {1: "v"}}})
