# handling errors per item and continuing the loop
rows = ["1", "2", "x", "4", None]
total = 0
errors = []
for row in rows:
    try:
        total += int(row)
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
        continue
print(total, errors)
