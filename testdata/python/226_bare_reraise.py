# a bare raise re-raises the exception being handled
def load():
    try:
        raise NameError("HiThere")
    except NameError:
        print("An exception flew by!")
        raise

load()
