# get() needs exactly one row; first() returns None when there is none
print(Entry.objects.filter(rating=99).first())
print(Entry.objects.order_by("pub_date", "id").first().id)
print(Entry.objects.get(headline=Entry.objects.get(id=7).headline).id)
Blog.objects.get(name__startswith="Zzz")
