# conditional expressions inside comprehensions
nums = range(-3, 4)
print(["neg" if n < 0 else "zero" if n == 0 else "pos" for n in nums])
print([n if n % 2 else -n for n in nums])
