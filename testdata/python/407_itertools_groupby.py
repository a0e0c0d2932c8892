# itertools.groupby groups consecutive items with the same key
from itertools import groupby
rows = [("Austen", "Emma"), ("Austen", "Persuasion"), ("Herbert", "Dune"), ("Austen", "Sanditon")]
for author, group in groupby(rows, key=lambda r: r[0]):
    print(author, [title for _, title in group])
print([(k, len(list(g))) for k, g in groupby("aaabccaa")])
