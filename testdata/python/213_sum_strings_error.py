# sum refuses strings as the start value
print(sum([1, 2]))
print(sum(["a", "b"], ""))
