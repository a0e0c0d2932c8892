# __contains__ implements the in operator
class Range:
    def __init__(self, low, high):
        self.low, self.high = low, high
    def __contains__(self, value):
        print("checking", value)
        return self.low <= value < self.high

r = Range(1, 5)
print(3 in r)
print(7 not in r)
