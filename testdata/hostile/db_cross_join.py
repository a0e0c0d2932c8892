# error: LimitExceeded
# A four-way cross join counts 10**16 rows inside one SQLite statement.
from django.db import connection

cursor = connection.cursor()
cursor.execute("SELECT count(*) FROM library_comment a, library_comment b, library_comment c, library_comment d")
print(cursor.fetchall())
