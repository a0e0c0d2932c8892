# and/or return one of their operands, not just True/False
print(1 and 2)
print(0 and 2)
print(None or "default")
print("" or [] or 0)
print([] or "fallback")
name = ""
print(name or "anonymous")
print(3 > 2 and "yes" or "no")
