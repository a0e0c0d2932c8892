with assert_num_queries(1) as counter:
    titles = [b.title for b in Book.objects.select_related("author").order_by("id")[:2]]
print(titles)
try:
    with assert_num_queries(0):
        list(Author.objects.all()[:1])
except AssertionError as e:
    print(str(e).splitlines()[0])
---
['Midnight Witness', 'Ocean of the North']
1 != 0 : 1 queries executed, 0 expected
