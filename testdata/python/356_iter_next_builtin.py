# iter() and next() on built-in containers
it = iter([10, 20, 30])
print(next(it))
print(list(it))
d = iter({"a": 1, "b": 2})
print(next(d), next(d), next(d, None))
s = iter("hi")
print(next(s), next(s), next(s, "<end>"))
