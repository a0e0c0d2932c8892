# exceptions can carry extra attributes set after creation
err = ValueError("bad input")
err.field = "email"
try:
    raise err
except ValueError as e:
    print(e, e.field, e is err)
