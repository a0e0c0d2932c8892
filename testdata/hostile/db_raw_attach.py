# error: DatabaseError
# Book.objects.raw() runs any SQL, here an ATTACH of a file on the host.
for b in Book.objects.raw("ATTACH DATABASE 'db_raw_attach.db' AS x"):
    print(b)
print("attached")
