# without __eq__, instances compare by identity
class Node:
    def __init__(self, v):
        self.v = v

a, b = Node(1), Node(1)
print(a == b, a == a, a != b)
print(a in [b], a in [a])
