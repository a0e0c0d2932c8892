# error: LimitExceeded
# instances piling up in a list until the memory or step limit
class Row:
    def __init__(self, n):
        self.n = n
        self.payload = [n] * 100


rows = []
while True:
    rows.append(Row(len(rows)))
