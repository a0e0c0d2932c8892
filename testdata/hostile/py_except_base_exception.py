# error: LimitExceeded
# a bare except and except BaseException around an endless loop still end at the limit
try:
    try:
        while True:
            pass
    except:
        print("caught by a bare except")
except BaseException:
    print("caught by BaseException")
