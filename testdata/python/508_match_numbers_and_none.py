# literal patterns for None, True, numbers and negative numbers
for value in [None, True, False, 0, -1, 1.5, 2]:
    match value:
        case None:
            print("none")
        case True:
            print("true")
        case False:
            print("false")
        case 0:
            print("zero")
        case -1:
            print("minus one")
        case 1.5:
            print("one and a half")
        case _:
            print("other", value)
