# Paginator over a QuerySet: one COUNT query, then LIMIT/OFFSET per page, and its errors
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

paginator = Paginator(Book.objects.order_by("id"), 20, orphans=3)
print(paginator.count, paginator.num_pages, list(paginator.page_range)[-2:])
page = paginator.page(3)
print(page, page.has_next(), page.has_previous(), page.start_index(), page.end_index())
print([book.title for book in page][:3], len(page), page[0].pk)
last = paginator.get_page("abc")
print(last.number, paginator.get_page(999).number)
for bad in (0, "x", 50):
    try:
        paginator.page(bad)
    except (EmptyPage, PageNotAnInteger) as e:
        print(type(e).__name__, e)
for q in connection.queries:
    print(q["sql"])
