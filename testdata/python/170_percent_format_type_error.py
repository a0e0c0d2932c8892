# %d with a string argument is a TypeError
print("%s" % "ok")
print("%d" % "5")
