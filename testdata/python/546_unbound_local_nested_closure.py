# reading an enclosing name before assigning it locally fails
def outer():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()

outer()
