# django.conf.settings and override_settings from django.test.utils: a test helper decorated to run with DEBUG on, reset_queries, then the queries it logged
from django.conf import settings
from django.db import reset_queries
from django.test.utils import override_settings


@override_settings(DEBUG=True)
def count_queries():
    """Runs a select_related loop and counts the statements it sent."""
    reset_queries()
    books = Book.objects.select_related("author").order_by("id")[:3]
    for book in books:
        print(book.title, "-", book.author.name)
    return len(connection.queries)


print(count_queries.__name__, "|", count_queries.__doc__)
print("queries:", count_queries())
with override_settings(TIME_ZONE="Europe/Paris"):
    print(settings.TIME_ZONE)
print(settings.TIME_ZONE, settings.DEBUG)
for q in connection.queries:
    print(q["sql"])
print(settings.NO_SUCH_SETTING)
