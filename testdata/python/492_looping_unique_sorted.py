# iterating over the sorted unique items of a list
basket = ["apple", "orange", "apple", "pear", "orange", "banana"]
for f in sorted(set(basket)):
    print(f)
print(list(dict.fromkeys(basket)))
