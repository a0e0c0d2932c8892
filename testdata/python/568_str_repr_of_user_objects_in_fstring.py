# !r and !s in f-strings call __repr__ and __str__
class Ref:
    def __repr__(self):
        return "Ref<1>"
    def __str__(self):
        return "ref one"

r = Ref()
print(f"{r} {r!r} {r!s} {[r]}")
print("%s %r" % (r, r), "{} {!r}".format(r, r))
