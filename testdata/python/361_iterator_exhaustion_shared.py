# zip over the same iterator twice pairs consecutive items
it = iter(range(6))
print(list(zip(it, it)))
words = iter(["a", "b", "c"])
for w in words:
    print(w, next(words, "-"))
