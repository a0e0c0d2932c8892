# a misspelled str method is an AttributeError
name = "ann"
print(name.upper())
print(name.uppercase())
