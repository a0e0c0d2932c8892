# throw raises an exception inside the paused generator
def worker():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("worker handled", e)
            yield "recovered"

w = worker()
print(next(w))
print(w.throw(ValueError("bad job")))
print(next(w))
