# building a multi-line message with join
lines = []
for i, name in enumerate(["ann", "bob"], 1):
    lines.append(f"{i}) {name.title()}")
message = "\n".join(lines)
print(message)
print(repr(message))
print(message.count("\n") + 1, "lines")
