# calling something that is not a function is a TypeError
handlers = {"a": len, "b": 5}
print(handlers["a"]("abc"))
print(handlers["b"]("abc"))
