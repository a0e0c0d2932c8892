# str.format with a missing named field is a KeyError
template = "Hello {name}, you have {count} messages"
print(template.format(name="ann", count=2))
print(template.format(name="bob"))
