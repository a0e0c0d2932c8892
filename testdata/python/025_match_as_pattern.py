# match as-patterns bind the matched subject
def parse(cmd):
    match cmd:
        case ["move", ("north" | "south" | "east" | "west") as direction]:
            return "moving " + direction
        case [("quit" | "exit") as word]:
            return "bye from " + word
        case [*words] as whole:
            return f"unknown {len(whole)} words"

print(parse(["move", "north"]))
print(parse(["move", "up"]))
print(parse(["exit"]))
