# error: LimitExceeded
# A group_concat over a cross join builds one huge string in SQLite's heap.
from django.db import connection

cursor = connection.cursor()
cursor.execute("SELECT length(group_concat(a.text || b.text)) FROM library_comment a, library_comment b")
print(cursor.fetchall())
