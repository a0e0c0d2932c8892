# grouping books by author and decade with nested dicts
books = [("Austen", 1811), ("Austen", 1815), ("Herbert", 1965), ("Herbert", 1969), ("Austen", 1817)]
tree = {}
for author, year in books:
    decade = year // 10 * 10
    tree.setdefault(author, {}).setdefault(decade, []).append(year)
for author, decades in tree.items():
    for decade, years in decades.items():
        print(f"{author} {decade}s: {years}")
