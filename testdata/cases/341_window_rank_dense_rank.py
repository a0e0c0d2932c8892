# Rank() leaves gaps after ties, DenseRank() does not; order_by takes F(...).desc()
books = (
    Book.objects.filter(publisher_id=3)
    .annotate(
        rank=Window(Rank(), order_by=F("pages").desc()),
        dense=Window(DenseRank(), order_by=F("pages").desc()),
    )
    .order_by("rank", "id")
)
for b in books[:8]:
    print(b.rank, b.dense, b.pages, b.title)
for q in connection.queries:
    print(q["sql"])
