# str.format with too few arguments is an IndexError
print("{} {}".format(1, 2))
try:
    print("{} {} {}".format(1, 2))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
