# if tests the truthiness of empty and non-empty values
values = [0, 1, "", "x", [], [0], {}, {"a": 1}, None, 0.0, -1]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
