# error: DatabaseError
# PRAGMA temp_store_directory points SQLite's temporary files at a host directory.
from django.db import connection

connection.cursor().execute("PRAGMA temp_store_directory = '.'")
print("set")
