# error: LimitExceeded
# a membership test that Python answers by walking 10**9 items, one comparison each
print("x" in range(10**9))
