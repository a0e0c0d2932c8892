# A service class with a cached_property: the query runs once however often the view reads it
from functools import cached_property


class AuthorStats:
    def __init__(self, author_id):
        self.author_id = author_id

    @cached_property
    def books(self):
        return list(Book.objects.filter(author_id=self.author_id).order_by("id"))

    @property
    def total_pages(self):
        return sum(b.pages for b in self.books)

    def __repr__(self):
        return f"AuthorStats({self.author_id}, books={len(self.books)})"


stats = AuthorStats(7)
print(stats, stats.total_pages, stats.total_pages == sum(b.pages for b in stats.books))
print(len(connection.queries))
print(connection.queries[0]["sql"])
