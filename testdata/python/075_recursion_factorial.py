# recursive functions: factorial and fibonacci
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([factorial(n) for n in range(8)])
print([fib(n) for n in range(12)])
print(factorial(25))
