# when no case matches, match does nothing
x = 5
match x:
    case 1:
        print("one")
    case 2:
        print("two")
print("after match")
