# shaping API responses with dict unpacking and comprehensions
def response(data, status=200, **headers):
    return {"status": status, "data": data, "headers": {"Content-Type": "application/json", **headers}}

books = [{"id": 1, "title": "Dune", "secret": "x"}, {"id": 2, "title": "Emma", "secret": "y"}]
public = [{k: v for k, v in b.items() if k != "secret"} for b in books]
print(response(public))
print(response(None, 404, Allow="GET"))
