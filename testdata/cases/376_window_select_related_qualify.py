# A window filter with select_related(): every column of the inner query gets a col alias
books = (
    Book.objects.select_related("author")
    .annotate(position=Window(Rank(), partition_by="publisher", order_by=F("pages").desc()))
    .filter(position=1)
    .order_by("publisher_id")
)
for b in books[:4]:
    print(b.publisher_id, b.position, b.pages, b.title, "|", b.author.name)
for q in connection.queries:
    print(q["sql"])
