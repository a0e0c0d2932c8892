# the message lists every missing argument
def make_book(title, author, year):
    return (title, author, year)

print(make_book("Dune", "Herbert", 1965))
make_book("Dune")
