# strings compare by code point
print("apple" < "banana", "Zebra" < "apple", "a" < "B")
print(sorted(["b", "A", "a", "B"]))
print(max("hello"), min("hello"))
s = "abc"
print(s == "abc", s is not None)
