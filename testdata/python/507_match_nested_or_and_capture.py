# nested patterns with alternatives and captures in a loop
commands = [("go", "north"), ("go", "up"), ("take", "lamp"), ("drop",), ("look",)]
for cmd in commands:
    match cmd:
        case ("go", "north" | "south" | "east" | "west" as d):
            print("walk", d)
        case ("go", other):
            print("cannot go", other)
        case ("take" | "drop" as verb, obj):
            print(verb, "the", obj)
        case (verb,):
            print("just", verb)
