books = Book.objects.filter(author__name="Tolkien"
for b in books:
    print(b.title)
# ---
if book.pages > 300
    print("long")
# ---
if x:
    print(1)
else if y:
    print(2)
# ---
for b in Book.objects.all()
    print(b)
# ---
print(f"{book.title} by {book.author.name")
# ---
print(f"{book.title!}")
# ---
data = {"title": "Dune" "pages": 412}
# ---
data = {"title": "Dune", "pages" 412}
# ---
qs = Book.objects.filter(pages__gt=100, title="x" pages=3)
# ---
def show(book)
    print(book)
# ---
def show(book):
print(book)
# ---
class BookAdmin(admin.ModelAdmin)
    list_display = ["title"]
# ---
try:
    Book.objects.get(pk=1)
except Book.DoesNotExist, e:
    pass
# ---
try:
    Book.objects.get(pk=1)
except Book.DoesNotExist as e
    pass
# ---
with transaction.atomic()
    Book.objects.create(title="x")
# ---
x = [b.title for b in books if b.pages > 100 else None]
# ---
x = [b.title if b.pages > 100 for b in books]
# ---
total = sum(b.pages for b in books
print(total)
# ---
print "count:", Book.objects.count()
# ---
Book.objects.filter(title="Dune").update(pages=pages+1))
# ---
name = 'O'Reilly'
# ---
x = Book.objects.get(pk=1).title = "new"
# ---
Book.objects.get(pk=1).title == "new" = x
# ---
def f(x=1, y):
    pass
# ---
f(title="a", "b")
# ---
return Book.objects.all()
# ---
while True:
    pass
break
# ---
for i in range(10):
  print(i)
    print(i * 2)
# ---
for i in range(10):
    print(i)
  print(i * 2)
# ---
import django.db.models as
# ---
from django.db.models import
# ---
from django.db.models import (Count, Sum
x = 1
# ---
x = Book.objects.values("title").annotate(n=Count("id")
# ---
lambda x: return x
# ---
def f():
    return
        x
# ---
x = 1 +* 2
# ---
print(Book.objects.count()]
# ---
class Meta:
    ordering = ["-pages"
# ---
async = True
# ---
x = 10 ** -
# ---
book.title := "x"
# ---
if (n := len(books)) > 10 print(n)
# ---
match status:
    case "a":
        pass
    default:
        pass
# ---
x = [1, 2, 3
y = 2
z = 3
