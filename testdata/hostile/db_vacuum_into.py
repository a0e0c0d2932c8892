# error: DatabaseError
# VACUUM INTO writes a copy of the database to a file on the host.
from django.db import connection

connection.cursor().execute("VACUUM INTO 'db_vacuum_into.db'")
print("vacuumed")
