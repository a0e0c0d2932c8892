# str find, index, count, startswith, endswith
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("quick"), s.count("o"), s.count("the"))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")))
print(s.endswith("fox", 0, 19))
