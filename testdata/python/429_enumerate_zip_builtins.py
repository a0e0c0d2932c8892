# enumerate(start=) and zip(strict=) together
names = ["ann", "bob"]
scores = [90, 85]
for rank, (name, score) in enumerate(zip(names, scores, strict=True), start=1):
    print(rank, name, score)
print(dict(zip(names, scores)))
print(list(zip()), list(zip("a")))
