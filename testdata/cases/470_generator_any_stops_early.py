# any() over a generator expression stops at the first match, so the N+1 loop sends fewer queries
books = list(Book.objects.order_by("id")[:10])
found = any(b.author.name.startswith("C") for b in books)
print(found, len(connection.queries))
count = sum(1 for b in books if b.pages > 300)
print(count, len(connection.queries))
for q in connection.queries:
    print(q["sql"])
