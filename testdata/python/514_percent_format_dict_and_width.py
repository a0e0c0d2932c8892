# % formatting with star width and a dict of values
print("%*d|%-*s|" % (5, 42, 4, "ab"))
print("%(a)s + %(b)s = %(c)s" % {"a": 1, "b": 2, "c": 3})
print("%.3s" % "abcdef", "%5.1f%%" % 99.5)
print("%s %s" % ("only", ("a", "tuple")))
