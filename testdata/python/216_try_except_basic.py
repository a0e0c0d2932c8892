# try/except catches an error and continues
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("not a number:", repr(text))
        return None

print(parse("12"), parse("x1"), parse(" 3 "))
