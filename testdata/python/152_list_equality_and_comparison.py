# sequences compare lexicographically
print([1, 2, 3] < [1, 2, 4], (1, 2) < (1, 2, -1))
print("ABC" < "C" < "Pascal" < "Python")
print((1, 2, 3) == (1.0, 2.0, 3.0))
print((1, ("aa", "ab")) < (1, ("abc", "a"), 4))
print([1, 2] == [1, 2], [1, 2] != [2, 1])
