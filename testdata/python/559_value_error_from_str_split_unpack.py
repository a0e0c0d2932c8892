# unpacking the result of split with the wrong count
line = "name=ann"
key, value = line.split("=")
print(key, value)
try:
    key, value = "just-a-word".split("=")
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
