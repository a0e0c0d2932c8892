# date and datetime parameters of cursor.execute() and raw() are bound as ISO text, as sqlite3 adapts them
cursor = connection.cursor()
cursor.execute("SELECT COUNT(*) FROM library_entry WHERE pub_date >= %s", [date(2024, 1, 16)])
print(cursor.fetchone())
cursor.execute("SELECT COUNT(*) FROM library_entry WHERE mod_date >= %s", [datetime(2024, 1, 16, 12, 30)])
print(cursor.fetchone())
cursor.execute("SELECT %s, %s", [datetime(2024, 1, 16, 12, 30, 5, 123), date(2024, 2, 1)])
print(cursor.fetchone())
old = Entry.objects.raw("SELECT * FROM library_entry WHERE pub_date < %s ORDER BY pub_date, id", [date(2023, 6, 1)])
entries = list(old)
print(len(entries), entries[0].pub_date)
for q in connection.queries:
    print(q["sql"])
