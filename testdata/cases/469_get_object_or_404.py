# get_object_or_404 and get_list_or_404 from a view, ending with the Http404 a missing book raises
from django.http import Http404
from django.shortcuts import get_list_or_404, get_object_or_404

print(get_object_or_404(Book, pk=3).title)
print(get_object_or_404(Book.objects.select_related("author"), pk=3).author.name)
print(len(get_list_or_404(Book, author__name__startswith="A")))
try:
    get_list_or_404(Author.objects.all(), name="Nobody")
except Http404 as e:
    print("404:", e)
for q in connection.queries:
    print(q["sql"])
get_object_or_404(Book, pk=10**6)
