# min and max with key and default
words = ["kiwi", "banana", "fig"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(max([], default=None), min([], default="empty"))
print(max(3, 7, 5), min(3, 7, 5, key=lambda n: -n))
print(max({"a": 3, "b": 9}.items(), key=lambda kv: kv[1]))
