# map and filter return lazy iterators
nums = [1, 2, 3, 4, 5, 6]
evens = filter(lambda n: n % 2 == 0, nums)
squares = map(lambda n: n * n, nums)
print(list(evens))
print(list(squares))
print(list(map(str.upper, ["a", "b"])))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, "", "x", None])))
