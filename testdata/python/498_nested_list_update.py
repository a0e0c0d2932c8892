# updating nested lists and dicts through references
board = [["." for _ in range(3)] for _ in range(3)]
board[1][1] = "X"
board[0][2] = "O"
for row in board:
    print(" ".join(row))
user = {"name": "ann", "tags": []}
tags = user["tags"]
tags.append("new")
print(user)
