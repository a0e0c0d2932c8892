# a context manager that rolls back a dict on error
class Atomic:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        print("BEGIN")
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("COMMIT")
        else:
            self.store.clear()
            self.store.update(self.snapshot)
            print("ROLLBACK")

stock = {"pen": 5}
with Atomic(stock):
    stock["pen"] -= 2
try:
    with Atomic(stock):
        stock["pen"] -= 10
        if stock["pen"] < 0:
            raise ValueError("not enough pens")
except ValueError as e:
    print("error:", e)
print(stock)
