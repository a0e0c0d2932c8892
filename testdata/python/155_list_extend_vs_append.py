# append adds one item, extend adds each item, += extends
a = [1]
a.append([2, 3])
print(a)
b = [1]
b.extend([2, 3])
b += "ab"
print(b)
c = [1]
c += (9,)
print(c)
