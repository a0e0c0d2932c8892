# integer and float arithmetic
print(17 / 3, 17 // 3, 17 % 3, 5 * 3 + 2)
print(-17 // 3, -17 % 3, 17 // -3, 2 ** 10, 2 ** -1)
print(7.0 // 2, 7.5 % 2, 3 * 3.75 / 1.5)
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(abs(-3), abs(-2.5), abs(0))
print(10 ** 20, 2 ** 100)
