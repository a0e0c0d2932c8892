# slicing with start, stop, step and negative values
letters = list("abcdefgh")
print(letters[2:5], letters[:3], letters[5:])
print(letters[-3:], letters[:-5], letters[::2], letters[1::3])
print(letters[::-1], letters[6:1:-2])
print(letters[100:], letters[-100:2])
print("python"[1:4], (1, 2, 3, 4)[::2])
