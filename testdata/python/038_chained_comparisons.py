# chained comparisons are evaluated pairwise
x = 5
print(1 < x < 10)
print(1 < x > 10)
print(0 <= x <= 5 < 6)
print(3 == 3 == 3, 3 == 3 == 4)
print(1 < 2 > 1 != 0)
a, b, c = 1, 2, 2
print(a < b == c, a < b < c)
