# update_or_create() finding the row: one transaction, the SELECT, then an UPDATE of only the defaults' fields (plus date fields)
email = Author.objects.get(pk=3).email
author, created = Author.objects.update_or_create(email=email, defaults={"bio": "Rewritten.", "country_id": 2})
print(author.pk, author.name, author.bio, author.country_id, created)
entry, created = Entry.objects.update_or_create(id=7, defaults={"rating": 1})
print(entry.headline, entry.rating, entry.pub_date, created)
print(Entry.objects.filter(rating=1, id=7).exists())
for q in connection.queries:
    print(q["sql"])
