# format specs can contain nested replacement fields
width = 10
precision = 3
value = 12.34567
print(f"result: {value:{width}.{precision}}")
print(f"[{'x':{'>'}{width}}]")
for w in (4, 6):
    print(f"[{w:{w}}]")
