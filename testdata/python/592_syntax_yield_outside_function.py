# yield at module level is a SyntaxError
print("start")
yield 5
print("end")
