# enumerate with a start value numbers rows from 1
rows = ["Dune", "Emma", "Ulysses"]
for number, title in enumerate(rows, start=1):
    print(f"{number}. {title}")
print(list(enumerate("ab", 10)))
