# list comprehensions with conditions and nested loops
squares = [x ** 2 for x in range(10)]
print(squares)
print([(x, y) for x in [1, 2, 3] for y in [3, 1, 4] if x != y])
vec = [-4, -2, 0, 2, 4]
print([x * 2 for x in vec], [x for x in vec if x >= 0], [abs(x) for x in vec])
print([weapon.strip() for weapon in ["  banana", "  loganberry ", "passion fruit  "]])
print([(x, x ** 2) for x in range(4)])
print([num for elem in [[1, 2, 3], [4, 5, 6]] for num in elem])
