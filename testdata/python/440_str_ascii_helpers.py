# building alphabets with chr and range instead of a module
lower = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
print(lower)
print(lower.upper()[:3], len(lower + lower.upper()))
digits = "".join(str(d) for d in range(10))
print(digits, "7" in digits)
