# an exception raised inside a generator reaches the consumer
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")

gen = numbers()
try:
    for n in gen:
        print("got", n)
except ValueError as e:
    print("caught:", e)
print(next(gen, "exhausted"))
