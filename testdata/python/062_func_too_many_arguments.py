# calling a function with too many positional arguments
def area(width, height):
    return width * height

print(area(2, 3))
print(area(2, 3, 4))
