# transaction.atomic as a with block and a decorator: BEGIN, savepoints, COMMIT and ROLLBACK as Django logs them
from django.db import transaction


@transaction.atomic
def rename(pk, name):
    Author.objects.filter(pk=pk).update(name=name)


with transaction.atomic():
    Author.objects.get(pk=1)
    with transaction.atomic():
        Author.objects.filter(pk=1).update(name="Renamed")
    transaction.on_commit(lambda: print("committed"))
try:
    with transaction.atomic():
        Author.objects.filter(pk=2).update(name="Lost")
        raise ValueError("boom")
except ValueError as e:
    print("rolled back:", e)
with transaction.atomic():
    try:
        with transaction.atomic():
            Author.objects.filter(pk=3).update(name="Undone")
            raise KeyError("inner")
    except KeyError:
        print("inner savepoint rolled back")
rename(4, "Decorated")
print(Author.objects.filter(pk__in=[1, 2, 3, 4]).order_by("pk").values_list("name", flat=True)[:4])
for q in connection.queries:
    print(q["sql"])
