# an order_by() column joins the GROUP BY: sorting by title splits every publisher's group per book
by_title = Book.objects.order_by("title").values("publisher").annotate(n=Count("id"))
print(len(by_title), "groups when ordered by title")
print(by_title[0])
plain = Book.objects.values("publisher").annotate(n=Count("id")).order_by()
print(len(plain), "groups once the ordering is cleared")
by_publisher = Book.objects.values("publisher").annotate(n=Count("id")).order_by("publisher")
print([row["n"] for row in by_publisher])
by_annotation = Author.objects.annotate(n=Count("book")).order_by("country__name", "-n")[:3]
print([(a.name, a.n) for a in by_annotation])
for q in connection.queries:
    print(q["sql"])
