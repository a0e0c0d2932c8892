# isinstance with a tuple of types and builtin classes
values = [1, 2.5, "s", [1], (1,), {"a": 1}, None, True, {1}]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)))
