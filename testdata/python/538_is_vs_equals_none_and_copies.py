# is identity on None, on the same list and on copies
users = []
alias = users
copy = list(users)
print(users is alias, users is copy, users == copy)
print(None is None, [] is [], () == ())
result = {}.get("missing")
print(result is None, type(result).__name__)
