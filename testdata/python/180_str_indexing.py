# indexing and iterating strings
word = "Python"
print(word[0], word[5], word[-1], word[-2], word[-6])
print(word[:2] + word[2:], word[:4] + word[4:])
print(len(word), list(word), "".join(sorted(word)))
for ch in "abc":
    print(ord(ch), end=" ")
print()
