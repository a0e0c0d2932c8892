# none() never sends a query; combining it keeps it empty
empty = Entry.objects.none()
print(empty.count(), list(empty), empty.exists())
print(Entry.objects.filter(id__in=[]).count())
print(len(connection.queries), "queries")
