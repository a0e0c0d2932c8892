# a generator expression evaluates items only when consumed
def check(n):
    print("checking", n)
    return n > 2

gen = (check(n) for n in [1, 2, 3, 4, 5])
print("nothing checked yet")
print(any(gen))
print("rest:", list(gen))
