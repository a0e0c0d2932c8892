# assigning to and deleting slices changes the list in place
letters = ["a", "b", "c", "d", "e", "f", "g"]
letters[2:5] = ["C", "D", "E"]
print(letters)
letters[2:5] = []
print(letters)
letters[1:1] = ["x", "y"]
print(letters)
del letters[::2]
print(letters)
letters[:] = []
print(letters)
