# counting down with reversed(range()) and a negative step
print(list(reversed(range(1, 10, 2))))
for i in range(3, 0, -1):
    print("T-minus", i)
print("liftoff")
