# an exception raised while handling another records __context__
try:
    try:
        {}["a"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(repr(e), "context:", repr(e.__context__))
    print(e.__cause__)
