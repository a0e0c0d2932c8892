# a paginator computing page ranges and bounds
class Paginator:
    def __init__(self, object_list, per_page):
        self.object_list = object_list
        self.per_page = per_page

    @property
    def count(self):
        return len(self.object_list)

    @property
    def num_pages(self):
        return max(1, (self.count + self.per_page - 1) // self.per_page)

    def page(self, number):
        if not 1 <= number <= self.num_pages:
            raise ValueError("That page contains no results")
        bottom = (number - 1) * self.per_page
        return self.object_list[bottom:bottom + self.per_page]

p = Paginator(list(range(1, 24)), 10)
print(p.count, p.num_pages, list(range(1, p.num_pages + 1)))
print(p.page(3))
p.page(4)
