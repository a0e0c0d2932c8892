# str.format with too few arguments is an IndexError
print("{} {}".format(1, 2))
print("{} {} {}".format(1, 2))
