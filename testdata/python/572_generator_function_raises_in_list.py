# an exception inside a generator function propagates out of list()
def parse(rows):
    for row in rows:
        yield int(row)

print(list(parse(["1", "2"])))
print(list(parse(["1", "two", "3"])))
