# a return in finally swallows an exception
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally won"

print(swallow())
