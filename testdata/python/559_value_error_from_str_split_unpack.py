# unpacking the result of split with the wrong count
line = "name=ann"
key, value = line.split("=")
print(key, value)
key, value = "just-a-word".split("=")
