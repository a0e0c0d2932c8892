# raise ... from None suppresses the context
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no setting named {key!r}") from None

try:
    lookup({}, "DEBUG")
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__)
