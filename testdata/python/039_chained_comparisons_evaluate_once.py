# a chained comparison evaluates each operand at most once
def val(n):
    print("eval", n)
    return n

print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(5))
