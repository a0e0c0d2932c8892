# a slugify helper as used for URLs
def slugify(title):
    allowed = "abcdefghijklmnopqrstuvwxyz0123456789 -"
    text = "".join(c for c in title.lower() if c in allowed)
    return "-".join(text.split())

for t in ["Hello World!", "  Django   ORM: The Basics ", "Python 3.11 & You"]:
    print(repr(slugify(t)))
