# KeyError messages are the repr of the key
for key in ["name", 3, ("a", 1), None]:
    try:
        {}[key]
    except KeyError as e:
        print(e, repr(e), e.args[0])
