# ordering a values() union by a column it does not select raises DatabaseError
titles = Book.objects.filter(pages__lt=100).values("title").union(Book.objects.filter(price__gt=49).values("title"))
print(list(titles.order_by("title")))
print(list(titles.order_by("pages")))
