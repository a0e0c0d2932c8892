# error: LimitExceeded
# A three-way cross join returned to the script: its rows would fill gigabytes.
from django.db import connection

cursor = connection.cursor()
cursor.execute("SELECT * FROM library_book a, library_book b, library_book c")
print(len(cursor.fetchall()))
