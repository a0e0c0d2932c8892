# match class patterns with builtin types capture the subject
def show(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float():
            return "a float"
        case str() as s:
            return "str of length " + str(len(s))
        case [int(), *_]:
            return "list starting with an int"
        case None:
            return "nothing"
    return "other"

for v in [True, -3, 7, 2.5, "hey", [1, "a"], None, ["a"]]:
    print(show(v))
