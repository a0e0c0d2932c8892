# a chainable filter class imitating a queryset
class Query:
    def __init__(self, rows, filters=()):
        self.rows = rows
        self.filters = filters

    def filter(self, **kwargs):
        return Query(self.rows, self.filters + tuple(kwargs.items()))

    def __iter__(self):
        for row in self.rows:
            if all(row.get(k) == v for k, v in self.filters):
                yield row

    def count(self):
        return sum(1 for _ in self)

rows = [{"genre": "sf", "lang": "en"}, {"genre": "sf", "lang": "fr"}, {"genre": "poetry", "lang": "en"}]
q = Query(rows).filter(genre="sf")
print(q.count(), q.filter(lang="fr").count(), [r["lang"] for r in q])
