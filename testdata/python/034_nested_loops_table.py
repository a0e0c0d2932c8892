# nested loops build a multiplication table
for i in range(1, 5):
    row = []
    for j in range(1, 5):
        row.append(f"{i * j:3d}")
    print("".join(row))
