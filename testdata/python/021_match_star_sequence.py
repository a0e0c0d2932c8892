# match sequence patterns with a star capture the rest
def describe(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction]:
            return "going " + direction
        case ["drop", *objects]:
            return "dropping " + ", ".join(objects)
        case [first, *_, last]:
            return f"from {first} to {last}"
        case [single]:
            return "single " + single

for c in ["", "go north", "drop a b c", "a b c d", "look"]:
    print(repr(c), "->", describe(c))
