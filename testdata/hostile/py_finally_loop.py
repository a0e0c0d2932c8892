# error: LimitExceeded
# an endless loop in a finally clause
try:
    x = 1
finally:
    while True:
        x += 1
