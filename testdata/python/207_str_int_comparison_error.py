# comparing a str and an int with < is a TypeError
print("10" == 10)
print("10" < 10)
