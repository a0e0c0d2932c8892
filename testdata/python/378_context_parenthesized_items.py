# parenthesized context managers across lines
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name)

with (
    CM("db") as db,
    CM("cache") as cache,
):
    print("using", db.name, cache.name)
