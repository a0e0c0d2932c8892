# A dataclass serializer built from values(), as an API view returns rows
from dataclasses import asdict, dataclass, field


@dataclass(order=True)
class BookRow:
    pages: int
    title: str
    tags: list = field(default_factory=list)


rows = sorted(BookRow(**r) for r in Book.objects.filter(pages__lt=200).values("title", "pages")[:4])
for row in rows:
    print(row)
print(asdict(rows[0]), rows[0] == BookRow(rows[0].pages, rows[0].title))
print(connection.queries[0]["sql"])
