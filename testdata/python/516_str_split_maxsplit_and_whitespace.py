# split with maxsplit, rsplit and whitespace handling
line = "GET /books/42/ HTTP/1.1"
method, path, proto = line.split()
print(method, path.strip("/").split("/"), proto.split("/")[1])
print("a b  c".split(" "), "a b  c".split(None, 1), "k:v:w".rsplit(":", 1))
print("".split(), "".split(","), " ".split(" "))
