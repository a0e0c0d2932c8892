# match against string commands with alternatives
commands = ["start", "stop", "pause", "status"]
for command in commands:
    match command:
        case "start" | "resume":
            print("starting")
        case "stop":
            print("stopping")
        case unknown:
            print("unknown command", repr(unknown))
