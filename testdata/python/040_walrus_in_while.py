# the walrus operator assigns inside a while condition
data = [4, 7, 1, 0, 8]
i = 0
while (n := data[i]) != 0:
    print("got", n)
    i += 1
print("stopped at", n)
