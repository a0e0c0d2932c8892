# a string index past the end is an IndexError
word = "Python"
print(word[4:42])
try:
    print(word[42])
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
