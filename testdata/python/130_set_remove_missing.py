# set.remove raises KeyError for a missing element
seen = {1, 2}
seen.remove(2)
print(sorted(seen))
seen.remove(2)
