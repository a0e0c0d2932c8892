# a generator method yielding pages of results
class Paginator:
    def __init__(self, items, size):
        self.items, self.size = items, size
    def pages(self):
        for start in range(0, len(self.items), self.size):
            yield start // self.size + 1, self.items[start:start + self.size]

for number, page in Paginator(list("abcdefg"), 3).pages():
    print(number, page)
