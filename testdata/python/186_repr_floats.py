# float repr is the shortest string that round-trips
print(0.1 + 0.2, 1 / 3, 2 / 2, 10 / 4)
print(1e16, 1e-5, 123456789.0, 2.5e-7 * 2)
print(float("inf"), -float("inf"), float("nan"))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(3.0, -0.0, 100.0 / 3)
print(repr(1.10), str(2.50))
