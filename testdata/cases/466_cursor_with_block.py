# connection.cursor() as a with block, the raw SQL way Django's docs show it
with connection.cursor() as cursor:
    cursor.execute("SELECT title FROM library_book WHERE pages > %s ORDER BY id LIMIT 3", [300])
    rows = cursor.fetchall()
print(rows)
for q in connection.queries:
    print(q["sql"])
