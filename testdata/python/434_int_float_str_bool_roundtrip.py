# converting between numeric types and strings
values = ["7", "0", "-3"]
ints = [int(v) for v in values]
print(ints, [bool(i) for i in ints], [float(i) for i in ints], [str(i) + "!" for i in ints])
print(int(float("2.9")), float(int("2")), str(1.0), str(10 ** 3), int("1_000"))
print(bool("0"), bool(int("0")))
