# error: DatabaseError
# ATTACH of a filename built by an expression, which the authorizer sees as NULL.
from django.db import connection

cursor = connection.cursor()
cursor.execute("ATTACH DATABASE 'db_attach' || '_expr.db' AS x")
cursor.execute("CREATE TABLE x.t(a)")
print("attached")
