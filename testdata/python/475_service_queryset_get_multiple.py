# a get() helper raising MultipleObjectsReturned-style errors
class MultipleObjectsReturned(Exception):
    pass
class DoesNotExist(Exception):
    pass

def get(rows, **kw):
    found = [r for r in rows if all(r.get(k) == v for k, v in kw.items())]
    if not found:
        raise DoesNotExist("Author matching query does not exist.")
    if len(found) > 1:
        raise MultipleObjectsReturned(f"get() returned more than one Author -- it returned {len(found)}!")
    return found[0]

authors = [{"name": "Ann", "city": "Oslo"}, {"name": "Bob", "city": "Oslo"}]
print(get(authors, name="Ann"))
get(authors, city="Oslo")
