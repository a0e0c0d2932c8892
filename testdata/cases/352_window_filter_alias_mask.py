# alias() keeps the window out of the results: Django selects it as qual0 and masks it with "qualify_mask",
# as it does when a window-filtered QuerySet is used in __in, Subquery() or Exists()
titles = (
    Book.objects.alias(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"]))
    .filter(position=1)
    .order_by("author_id")
    .values_list("title", flat=True)[:5]
)
print(list(titles))
ranked = Book.objects.annotate(position=Window(RowNumber(), partition_by="author", order_by=["-price", "id"]))
print(Book.objects.filter(id__in=ranked.filter(position=1)).count())
print(Book.objects.filter(id__in=ranked.filter(position=1).values("id"), pages__gt=600).count())
priciest = ranked.filter(position=1, author=OuterRef("pk")).values("title")[:1]
for a in Author.objects.annotate(priciest=Subquery(priciest)).order_by("id")[:3]:
    print(a.name, "|", a.priciest)
print(Author.objects.filter(Exists(ranked.filter(position=1, author=OuterRef("pk"), pages__gt=1000))).count())
for q in connection.queries:
    print(q["sql"])
