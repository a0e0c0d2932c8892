# reflected comparisons: a > b tries b.__lt__ when a lacks __gt__
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __lt__(self, other):
        print("lt called")
        return self.kg < other.kg

a, b = Weight(1), Weight(2)
print(a < b)
print(b > a)
