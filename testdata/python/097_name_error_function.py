# calling an undefined function raises NameError
def main():
    return helper(3)

print("before")
main()
