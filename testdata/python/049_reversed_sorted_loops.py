# looping in reverse and in sorted order
basket = ["pear", "apple", "orange", "apple", "banana"]
for fruit in reversed(basket):
    print(fruit, end=" ")
print()
for fruit in sorted(set(basket)):
    print(fruit, end=" ")
print()
