# nested comprehension over rows of a matrix
matrix = [[3, 8, 1], [9, 2, 7], [4, 6, 5]]
print([max(row) for row in matrix])
print([sum(col) for col in zip(*matrix)])
print(sorted(n for row in matrix for n in row if n % 2 == 0))
print([[n * 10 for n in row] for row in matrix[:2]])
