# render() takes str() of its source, as Django's Template does: a view's render(request, ...) with request None renders "None"
print(render(None, {"books": [1, 2]}))
print(render(404))

---
None
404
