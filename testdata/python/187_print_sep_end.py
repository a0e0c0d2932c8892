# print with sep, end and several arguments
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end="!\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2.0, None, True, [3], sep="|")
rows = ["x", "y", "z"]
print(*rows, sep=", ")
print(*[], sep="?")
print("end")
