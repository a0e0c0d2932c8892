# float() of a non-numeric string is a ValueError
print(float("1.5"))
print(float("abc"))
