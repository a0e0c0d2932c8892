# in_bulk(field_name="isbn"): a dict keyed by a unique field, from one IN query; missing keys are just absent
isbns = list(Book.objects.order_by("id").values_list("isbn", flat=True)[:3])
found = Book.objects.in_bulk(isbns + ["0000000000000"], field_name="isbn")
for isbn in sorted(found):
    print(isbn, found[isbn].title)
print("0000000000000" in found, len(found))
print(Book.objects.filter(pages__gt=300).in_bulk([1, 2, 3, 4, 5]))
print(Book.objects.in_bulk([], field_name="isbn"))
for q in connection.queries:
    print(q["sql"])
