# Ntile(), PercentRank(), CumeDist() and NthValue() over the price order
rows = (
    Book.objects.filter(publisher_id=2)
    .annotate(
        quartile=Window(Ntile(4), order_by="price"),
        pct=Window(PercentRank(), order_by="price"),
        cume=Window(CumeDist(), order_by="price"),
        second_cheapest=Window(NthValue("title", nth=2), order_by="price"),
    )
    .order_by("price", "id")
    .values_list("price", "quartile", "pct", "cume", "second_cheapest")[:6]
)
for r in rows:
    print(r)
for q in connection.queries:
    print(q["sql"])
