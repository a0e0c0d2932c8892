# the Python 2 print statement is a SyntaxError with a hint
name = "ann"
print "hello", name
