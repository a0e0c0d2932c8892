# an annotation alias that would break out of its quotes is refused before any SQL is built, as Query.check_alias does
print(Book.objects.annotate(n=Count("id")).count())
print(Book.objects.annotate(**{"a\" FROM library_book; --": Count("id")}).count())
