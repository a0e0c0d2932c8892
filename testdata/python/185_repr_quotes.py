# repr picks quotes to avoid escaping
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("newline\n"), repr("back\\slash"))
print(["it's", 'q"'])
