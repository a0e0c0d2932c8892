# stacked decorators apply bottom-up
def bold(func):
    return lambda: "<b>" + func() + "</b>"

def italic(func):
    return lambda: "<i>" + func() + "</i>"

@bold
@italic
def text():
    return "hi"

print(text())
