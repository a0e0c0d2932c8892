# A script of the size learners paste: models, a service class, queries
# and reporting, about two hundred lines. BenchmarkParse parses it.
from collections import Counter, defaultdict
from functools import cached_property, wraps
from django.db import transaction
from django.db.models import Count, F, Q, Sum
from django.core.paginator import Paginator


def timed(label):
    """Decorate a function so each call prints how long it took."""
    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            print(f"{label}: {func.__name__} done")
            return result
        return wrapper
    return decorator


class BookService:
    """Queries about books, written as a service object."""

    page_size = 20

    def __init__(self, author=None, *, genres=(), min_pages=0):
        self.author = author
        self.genres = list(genres)
        self.min_pages = min_pages
        self._cache = {}

    def __repr__(self):
        return f"BookService(author={self.author!r}, genres={self.genres})"

    @cached_property
    def queryset(self):
        qs = Book.objects.select_related("author").prefetch_related("genres")
        if self.author is not None:
            qs = qs.filter(author=self.author)
        if self.genres:
            qs = qs.filter(genres__name__in=self.genres).distinct()
        return qs.filter(pages__gte=self.min_pages)

    @property
    def count(self):
        if "count" not in self._cache:
            self._cache["count"] = self.queryset.count()
        return self._cache["count"]

    @staticmethod
    def label(book):
        return f"{book.title} ({book.author.name}, {book.pages:,} pages)"

    @classmethod
    def for_author(cls, name):
        try:
            author = Author.objects.get(name=name)
        except Author.DoesNotExist:
            return cls()
        except Author.MultipleObjectsReturned as exc:
            raise ValueError(f"ambiguous author {name!r}") from exc
        else:
            return cls(author)
        finally:
            print("looked up", name)

    def pages(self, number=1):
        paginator = Paginator(self.queryset.order_by("title"), self.page_size)
        page = paginator.page(number)
        return [self.label(b) for b in page.object_list]

    def __iter__(self):
        yield from self.queryset

    def __len__(self):
        return self.count


@timed("report")
def genre_report(books):
    counts = Counter(g.name for b in books for g in b.genres.all())
    by_author = defaultdict(list)
    for book in books:
        by_author[book.author.name].append(book)
    lines = []
    for name, items in sorted(by_author.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        total = sum(b.pages for b in items)
        average = total / len(items) if items else 0
        lines.append(f"{name:<20} {len(items):>3} {average:8.1f}")
    top = [name for name, n in counts.most_common(3) if n > 1]
    return lines, top


def busiest_authors(limit=5):
    rows = (
        Author.objects.annotate(n=Count("books"), pages=Sum("books__pages"))
        .filter(Q(n__gt=1) | Q(pages__gte=500))
        .order_by("-n", "name")
        .values_list("name", "n", "pages")[:limit]
    )
    return {name: {"books": n, "pages": pages or 0} for name, n, pages in rows}


def rename_all(prefix, *, dry_run=False):
    changed = 0
    with transaction.atomic():
        for book in Book.objects.filter(title__startswith=prefix).iterator():
            new_title = book.title.removeprefix(prefix).strip().title()
            if new_title == book.title:
                continue
            if not dry_run:
                book.title = new_title
                book.save(update_fields=["title"])
            changed += 1
        if dry_run:
            transaction.set_rollback(True)
    return changed


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def summarize(service):
    match service.count:
        case 0:
            return "no books"
        case 1:
            return "one book"
        case n if n < 10:
            return f"{n} books"
        case _:
            return "many books"


def price_band(book):
    if (pages := book.pages) < 100:
        band = "short"
    elif pages < 300:
        band = "medium"
    else:
        band = "long"
    return band


def main():
    service = BookService.for_author("Ursula K. Le Guin")
    print(service, len(service), summarize(service))
    for line in service.pages():
        print(" -", line)
    books = list(service)
    lines, top = genre_report(books)
    print("\n".join(lines))
    print("top genres:", ", ".join(top) or "none")
    bands = Counter(map(price_band, books))
    for band, n in sorted(bands.items()):
        print(f"{band:>8}: {'#' * n}")
    authors = busiest_authors()
    for name, info in authors.items():
        print(name, info["books"], info["pages"])
    first, *rest = books or [None]
    print(first, len(rest))
    pairs = [(a.title, b.title) for a, b in zip(books, books[1:]) if a.pages > b.pages]
    print(pairs[:3])
    matrix = [[i * j for j in range(4)] for i in range(4)]
    print(matrix[1][2], matrix[-1][::-1])
    flags = {b.pk: b.pages > 300 and not b.title.startswith("The") for b in books}
    print(sum(flags.values()), any(flags.values()), all(flags.values()))
    totals = Book.objects.aggregate(total=Sum(F("pages") * 2))
    print(totals["total"])
    for batch in chunks(books, 2):
        print([b.pk for b in batch])
    renamed = rename_all("The ", dry_run=True)
    print(f"would rename {renamed} book{'s' if renamed != 1 else ''}")
    try:
        Book.objects.get(pk=999_999)
    except Book.DoesNotExist as e:
        print(type(e).__name__, e)
    words = "the quick brown fox jumps over the lazy dog".split()
    freq = {w: words.count(w) for w in set(words)}
    print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:2])
    value = 0x1F + 0o17 + 0b101 + 1_000 + 2.5e-3
    print(round(value, 3), -value // 3, value % 7, 2 ** 10)
    label = "long" if value > 1000 else "short"
    print(label, value >= 1000 > 10, value is not None)
    nums = [*range(3), *range(5, 7)]
    print(nums, {*nums}, {**{"a": 1}, "b": 2})
    del nums[0], flags
    assert label in {"long", "short"}, "unexpected label"
    print(r"raw\d", b"bytes", 'single', """triple""")
    count = 0
    while count < 3:
        count += 1
        if count == 2:
            continue
    else:
        print("loop done", count)


if __name__ == "__main__":
    main()
