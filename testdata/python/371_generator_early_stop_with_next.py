# next with a generator expression finds the first match lazily
books = [{"title": "Emma", "author": "Austen"}, {"title": "Dune", "author": "Herbert"}, {"title": "Persuasion", "author": "Austen"}]
checked = []
def by(author):
    return (b for b in books if checked.append(b["title"]) or b["author"] == author)

print(next(by("Herbert"))["title"], checked)
print(next(by("Tolkien"), None))
