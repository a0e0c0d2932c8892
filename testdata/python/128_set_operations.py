# sets: membership, union, intersection, difference
basket = {"apple", "orange", "apple", "pear", "orange", "banana"}
print(len(basket), "orange" in basket, "crabgrass" in basket)
a = set("abracadabra")
b = set("alacazam")
print(sorted(a), sorted(b))
print(sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.isdisjoint({3}))
