# a default that is not a model field is set as a plain attribute, and then save() writes every field
author, created = Author.objects.update_or_create(pk=5, defaults={"name": "Renamed", "nickname": "Ren"})
print(author.name, author.nickname, created)
for q in connection.queries:
    print(q["sql"])
