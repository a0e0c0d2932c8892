# f-strings reading dict keys and attributes
book = {"title": "Dune", "year": 1965}
print(f"{book['title']} ({book['year']})")
class A:
    x = 5
print(f"{A.x} {A().x + 1}")
print(f"{'%d items' % 3}")
