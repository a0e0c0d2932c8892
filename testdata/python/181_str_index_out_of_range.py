# a string index past the end is an IndexError
word = "Python"
print(word[4:42])
print(word[42])
