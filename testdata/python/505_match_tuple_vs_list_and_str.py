# sequence patterns match lists and tuples but not strings
for subject in [[1, 2], (1, 2), "12", range(2), {"a": 1}]:
    match subject:
        case [a, b]:
            print(type(subject).__name__, "pair", a, b)
        case str():
            print("a string", subject)
        case _:
            print("something else", type(subject).__name__)
