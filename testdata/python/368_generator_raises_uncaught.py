# an exception in a generator body propagates to the for loop
def parse_all(rows):
    for row in rows:
        yield int(row)

total = 0
for n in parse_all(["1", "2", "x"]):
    total += n
    print("total", total)
