# a function without return returns None
def log(msg):
    msg.upper()

result = log("hi")
print(result)
print(log("x") is None)
