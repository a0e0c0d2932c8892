# chaining generators into a processing pipeline
def read(lines):
    for line in lines:
        yield line.strip()

def non_empty(lines):
    return (line for line in lines if line)

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key, value

raw = ["a=1\n", "\n", "  b=2 ", "c=\n"]
print(dict(parse(non_empty(read(raw)))))
