# processing a long list in chunks with a generator
def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]

ids = list(range(1, 12))
for n, chunk in enumerate(chunks(ids, 4), 1):
    print(f"chunk {n}: {chunk} sum={sum(chunk)}")
