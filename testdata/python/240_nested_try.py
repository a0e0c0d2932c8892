# an inner try that does not handle the error passes it outward
def work():
    try:
        try:
            [][1]
        except KeyError:
            print("inner: key error")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught:", e)

work()
