# repr of exceptions inside a list of collected errors
errors = []
for raw in ["1", "x", None, "3"]:
    try:
        int(raw)
    except (ValueError, TypeError) as e:
        errors.append(e)
print(errors)
print([type(e).__name__ for e in errors])
