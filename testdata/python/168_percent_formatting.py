# old-style % formatting
print("%s is %d years old" % ("Ann", 31))
print("%5.2f|%-6s|%06d|%x|%o|%e" % (3.14159, "ab", 42, 255, 8, 12345.678))
print("%(name)s scored %(score).1f%%" % {"name": "bob", "score": 91.25})
print("%r %s" % ("q", "q"))
print("%c%c" % (72, "i"))
print("%3d|%-3d|%+d" % (5, 5, 5))
print("value: %s" % [1, 2])
