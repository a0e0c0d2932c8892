# making unique slugs with a while loop and a set
taken = {"dune", "dune-2"}

def unique_slug(title):
    base = title.lower().replace(" ", "-")
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug

print(unique_slug("Dune"), unique_slug("Dune"), unique_slug("Emma"), unique_slug("Emma"))
