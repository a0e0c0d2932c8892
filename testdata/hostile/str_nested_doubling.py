# error: LimitExceeded
# str() of a list nesting itself twice per level builds its text in one builtin.
l = [0]
for i in range(40):
    l = [l, l]
s = f"{l}" + "%s" % (l,) + "{}".format(l) + str(l)
