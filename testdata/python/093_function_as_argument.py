# passing functions as values to build a small pipeline
def strip(s):
    return s.strip()

def lower(s):
    return s.lower()

def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value

print(repr(pipeline("  Hello World ", strip, lower)))
print(pipeline(5, lambda x: x + 1, lambda x: x * 10))
