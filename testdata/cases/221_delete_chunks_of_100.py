# write: delete chunks of 100
print(Blog.objects.filter(pk__lte=3).delete())
print(len([q for q in connection.queries if q["sql"].startswith("DELETE FROM \"library_entry\" ")]))
