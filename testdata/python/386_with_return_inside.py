# returning from inside with still runs __exit__
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit runs")

def f():
    with CM():
        return "returned"

print(f())
