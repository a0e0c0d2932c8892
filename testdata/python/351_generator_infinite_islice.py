# an infinite generator consumed with islice and next
from itertools import islice

def count_up(start=0):
    while True:
        yield start
        start += 1

print(list(islice(count_up(), 5)))
print(list(islice(count_up(10), 2, 8, 2)))
c = count_up(100)
print(next(c), next(c))
