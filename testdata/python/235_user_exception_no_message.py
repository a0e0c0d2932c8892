# an exception raised without arguments has an empty message
class Empty(Exception):
    pass

try:
    raise Empty
except Empty as e:
    print(repr(str(e)), e.args)
raise Empty()
