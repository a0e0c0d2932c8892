# raising something that is not an exception is a TypeError
try:
    raise "an error"
except TypeError as e:
    print(e)
raise 42
