# error: DatabaseError
# ATTACH of a file: URI, which SQLite opens as a file on the host.
from django.db import connection

cursor = connection.cursor()
cursor.execute("ATTACH DATABASE 'file:db_attach_uri.db?mode=rwc' AS x")
cursor.execute("CREATE TABLE x.t(a)")
print("attached")
