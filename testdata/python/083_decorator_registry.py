# a decorator that registers handlers in a dict, like URL routing
routes = {}
def route(path):
    def register(view):
        routes[path] = view
        return view
    return register

@route("/books/")
def book_list():
    return "all books"

@route("/authors/")
def author_list():
    return "all authors"

for path, view in routes.items():
    print(path, "->", view.__name__, "->", view())
