# a capture pattern assigns the name even outside the match
subject = (1, 2)
match subject:
    case (a, b):
        pass
print(a + b)
match [10, 20, 30]:
    case [first, *rest]:
        print(first, rest)
