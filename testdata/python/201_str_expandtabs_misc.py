# misc str methods: expandtabs, translate, maketrans
print("a\tb\tc".expandtabs(4))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")))
