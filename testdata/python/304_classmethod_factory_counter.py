# classmethods as alternative constructors on a service
class Paginator:
    def __init__(self, items, per_page):
        self.items = items
        self.per_page = per_page
    @classmethod
    def of_ten(cls, items):
        return cls(items, 10)
    @property
    def num_pages(self):
        return max(1, -(-len(self.items) // self.per_page))
    def page(self, n):
        start = (n - 1) * self.per_page
        return self.items[start:start + self.per_page]

p = Paginator.of_ten(list(range(23)))
print(p.num_pages, p.page(3), p.page(4))
