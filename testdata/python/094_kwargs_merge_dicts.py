# building keyword arguments from merged dicts
defaults = {"page": 1, "per_page": 20}
def paginate(items, page, per_page):
    start = (page - 1) * per_page
    return items[start:start + per_page]

print(paginate(list(range(50)), **defaults)[:3])
print(paginate(list(range(50)), **{**defaults, "page": 3, "per_page": 7}))
print({**defaults, "page": 2})
