# update_or_create() without defaults: nothing to write for Author, but Django still saves an Entry's date fields
author, created = Author.objects.update_or_create(pk=4)
print(author.name, created)
entry, created = Entry.objects.update_or_create(pk=8)
print(entry.pub_date, entry.mod_date, created)
for q in connection.queries:
    print(q["sql"])
