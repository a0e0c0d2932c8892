# str.format with format specs and attribute access
for x in range(1, 6):
    print("{0:2d} {1:3d} {2:4d}".format(x, x * x, x * x * x))
print("{:.3f} {:>6} {:*^7}".format(2 / 3, "ab", "mid"))
print("{0.real} {0.imag}".format(3 + 4j))
print(format(1234.5678, ",.2f"), format("x", ">3"), format(7, "03d"))
