# select_related() takes forward foreign keys only; a reverse relation is a FieldError naming the choices
list(Author.objects.select_related("book_set"))
