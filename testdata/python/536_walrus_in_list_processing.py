# walrus inside a loop over parsed lines
lines = ["id=1", "junk", "id=22", "name=x", "id=333"]
ids = []
for line in lines:
    if (eq := line.find("=")) > 0 and line[:eq] == "id":
        ids.append(int(line[eq + 1:]))
print(ids)
print([m for s in ["a1", "b", "c3"] if (m := s[1:])])
