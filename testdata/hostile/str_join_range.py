# error: LimitExceeded
# join goes through a huge lazy iterable in Go.
print(len(",".join([str(i) for i in range(10**9)])))
