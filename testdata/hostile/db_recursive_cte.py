# error: LimitExceeded
# A recursive CTE with no end runs inside one SQLite statement.
from django.db import connection

cursor = connection.cursor()
cursor.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c")
print(cursor.fetchall())
