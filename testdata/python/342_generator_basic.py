# a generator function yields values one at a time
def reverse(data):
    for index in range(len(data) - 1, -1, -1):
        yield data[index]

for char in reverse("golf"):
    print(char)
print(list(reverse([1, 2, 3])))
