# while True with an exit condition in the body
items = [3, 8, 1, 9, 4]
index = 0
while True:
    if items[index] > 8:
        print("first over 8 at", index)
        break
    index += 1
