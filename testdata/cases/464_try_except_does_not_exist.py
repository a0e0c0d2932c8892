# get() raising Model.DoesNotExist, caught by its class or by ObjectDoesNotExist, as a view would
from django.core.exceptions import ObjectDoesNotExist


def find_book(pk):
    try:
        return Book.objects.get(pk=pk)
    except Book.DoesNotExist:
        return None


print(find_book(1), find_book(10**6))
try:
    Author.objects.get(pk=10**6)
except Book.DoesNotExist:
    print("not reached: another model's class")
except ObjectDoesNotExist as e:
    print(type(e).__name__, "-", e)
try:
    Book.objects.get(pages__gt=0)
except Book.MultipleObjectsReturned as e:
    print(type(e).__name__, "-", e)
print(issubclass(Book.DoesNotExist, ObjectDoesNotExist), Book.DoesNotExist is Book.DoesNotExist)
for q in connection.queries:
    print(q["sql"])
