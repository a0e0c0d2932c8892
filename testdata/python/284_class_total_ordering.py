# functools.total_ordering fills in the other comparisons
from functools import total_ordering

@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)

print(Grade("A") > Grade("B"), Grade("C") <= Grade("C"), Grade("F") >= Grade("D"))
