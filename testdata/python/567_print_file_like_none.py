# print returns None and accepts flush
r = print("hello", flush=True)
print(r)
print("a", "b", sep="")
print(end="")
print("after empty print")
