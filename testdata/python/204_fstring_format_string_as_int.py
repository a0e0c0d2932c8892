# formatting a string with an integer spec is a ValueError
n = "5"
print(f"{n:>3}")
print(f"{n:03d}")
