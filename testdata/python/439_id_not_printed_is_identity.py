# id() values differ for distinct live objects and match for the same one
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), id(a) == id(a[:]))
c = a
print(id(c) == id(a))
