# a parameter given positionally and by keyword is a TypeError
def label(text, color="black"):
    return f"<{color}>{text}"

print(label("hi", color="red"))
print(label("hi", "blue", color="red"))
