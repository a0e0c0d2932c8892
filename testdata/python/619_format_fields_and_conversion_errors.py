# str.format field indexing, attributes and nested specs; float, int, divmod, abs, round and pow argument errors
class P:
    name = "ann"
    tags = ["a", "b"]
d = {"name": "bob", "n": [1, 2]}
print("{0[name]} {0[n][1]} {1.name} {1.tags[0]} {x[name]:>6}|".format(d, P(), x=d))
print("{:{w}.{p}f}|{:^{w}}|".format(3.14159, "c", w=8, p=2), "{!r:>5}".format("a"), "{0:{fill}>4}".format(7, fill="*"))
for f in (lambda: float("x"), lambda: float([1]), lambda: float(None), lambda: int("12a"), lambda: int("5", 1), lambda: "{0[x]}".format({}), lambda: "{1}".format(0), lambda: "{a.b}".format(a=1), lambda: "{".format(), lambda: "{:d}".format("s"), lambda: divmod("a", 1), lambda: abs("x"), lambda: round("x"), lambda: pow(2, "a")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
