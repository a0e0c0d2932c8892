# f-strings lay out a table with fixed widths
rows = [("Dune", 412, 9.99), ("Emma", 279, 12.5), ("Middlemarch", 880, 7.0)]
print(f"{'Title':<12}{'Pages':>6}{'Price':>8}")
for title, pages, price in rows:
    print(f"{title:<12}{pages:>6}{price:>8.2f}")
print(f"{'Total':<12}{sum(r[1] for r in rows):>6}{sum(r[2] for r in rows):>8.2f}")
