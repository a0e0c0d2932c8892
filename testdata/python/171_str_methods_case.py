# str case methods
s = "hello World, it's python"
print(s.upper(), "|", s.lower(), "|", s.title())
print(s.capitalize(), "|", s.swapcase(), "|", "ß".casefold())
print("Hello".isupper(), "HELLO".isupper(), "abc".islower(), "Title Case".istitle())
