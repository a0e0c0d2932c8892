# functools.cached_property computes once per instance
from functools import cached_property

class Report:
    def __init__(self, rows):
        self.rows = rows
    @cached_property
    def total(self):
        print("computing total")
        return sum(self.rows)

r = Report([1, 2, 3])
print(r.total)
print(r.total)
r.rows.append(4)
print(r.total)
del r.total
print(r.total)
