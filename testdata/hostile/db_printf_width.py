# error: LimitExceeded
# printf with a two-billion-character width asks SQLite for 2 GB at once.
from django.db import connection

cursor = connection.cursor()
cursor.execute("SELECT length(printf('%.*c', 2000000000, 'x'))")
print(cursor.fetchall())
