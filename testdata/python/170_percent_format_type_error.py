# %d with a string argument is a TypeError
print("%s" % "ok")
try:
    print("%d" % "5")
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
