# the loop variable keeps its last value after the loop
for i in range(4):
    pass
print(i)
for word in ["alpha", "beta"]:
    last = word
print(word, last)
