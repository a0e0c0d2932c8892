# match guards add an if condition to a case
def classify(pair):
    match pair:
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x > y:
            return "below"
        case (x, y):
            return "above"

for pair in [(1, 1), (3, 2), (2, 5)]:
    print(pair, classify(pair))
