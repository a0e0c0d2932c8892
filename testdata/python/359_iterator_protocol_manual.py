# a for loop is iter() plus next() until StopIteration
items = ["a", "b"]
it = iter(items)
while True:
    try:
        item = next(it)
    except StopIteration:
        print("done")
        break
    print("item", item)
