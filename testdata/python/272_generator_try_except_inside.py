# a generator handling errors in its own body
def safe_ints(values):
    for v in values:
        try:
            yield int(v)
        except ValueError:
            print("skip", repr(v))

print(list(safe_ints(["1", "a", "3"])))
