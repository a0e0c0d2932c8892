# render(request, template_name, context) is the shortcut's signature; the lab's render takes a template string and a context
render(None, "books.html", {"books": []})

---

--- TypeError: render() takes from 1 to 2 positional arguments but 3 were given (line 2)
