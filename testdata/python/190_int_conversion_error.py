# int() of a non-numeric string is a ValueError
print(int("12"))
print(int("12.5"))
