# error: LimitExceeded
# list() of an endless generator grows until the limits stop it
def forever():
    while True:
        yield "x" * 1000


print(len(list(forever())))
