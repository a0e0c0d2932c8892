# iexact, istartswith and iendswith match regardless of case (SQLite LIKE with ESCAPE)
print(Blog.objects.filter(name__iexact="kitchen notes").count())
print(Blog.objects.filter(name__istartswith="the").count())
print(Blog.objects.filter(name__iendswith="NOTES").count())
print(Author.objects.filter(email__iendswith="@EXAMPLE.COM").count() > 0)
for q in connection.queries:
    print(q["sql"])
