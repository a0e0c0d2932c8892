# strings are immutable: item assignment is a TypeError
word = "Python"
print("J" + word[1:])
try:
    word[0] = "J"
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
