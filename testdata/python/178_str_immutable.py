# strings are immutable: item assignment is a TypeError
word = "Python"
print("J" + word[1:])
word[0] = "J"
