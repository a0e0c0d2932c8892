# an invalid format spec is a ValueError
print(f"{12:>5}")
spec = "Q"
print(format(12, spec))
