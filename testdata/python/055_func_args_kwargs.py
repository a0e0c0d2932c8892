# *args collects extra positionals and **kwargs extra keywords
def report(title, *args, **kwargs):
    print(title, args, kwargs)
    for arg in args:
        print(" arg", arg)
    for key in kwargs:
        print(" kw", key, "=", kwargs[key])

report("empty")
report("both", 1, 2, shop="cheese", limit=3)
