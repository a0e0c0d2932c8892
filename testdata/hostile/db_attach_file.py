# error: DatabaseError
# ATTACH of a file on the host: SQLite would create x.db in the working directory.
from django.db import connection

cursor = connection.cursor()
cursor.execute("ATTACH DATABASE 'db_attach_file.db' AS x")
cursor.execute("CREATE TABLE x.t(a)")
print("attached")
