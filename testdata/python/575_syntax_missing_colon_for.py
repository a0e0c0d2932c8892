# a for loop without a colon is a SyntaxError
for i in range(3)
    print(i)
print("done")
