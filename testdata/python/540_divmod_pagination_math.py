# divmod for pages and remainders
for total in [0, 9, 10, 11, 25]:
    pages, rest = divmod(total, 10)
    print(total, "->", pages + (1 if rest else 0), "pages, last has", rest or (10 if total else 0))
