# an f-string field with a conversion but no expression
name = "Dune"
print(f"{!r} is a book")
