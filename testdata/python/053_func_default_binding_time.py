# defaults are evaluated where the function is defined
limit = 5
def check(n, limit=limit):
    return n <= limit
limit = 1
print(check(3), check(6))
