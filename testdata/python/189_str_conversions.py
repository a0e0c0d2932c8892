# str(), int(), float() and bool() conversions
print(str(42), str(3.5), str(True), str(None), str([1, "a"]))
print(int("42"), int(" -7 "), int(3.99), int(-3.99), int("ff", 16), int("0b101", 0))
print(float("3.5"), float(" 2 "), float(7), float("1e3"))
print(bool(0), bool(""), bool("False"), bool([]), bool(0.0), bool(" "))
print(int(True) + int(False), True + True)
