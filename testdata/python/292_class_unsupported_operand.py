# adding an instance without __add__ is a TypeError
class Price:
    def __init__(self, cents):
        self.cents = cents

a = Price(100)
print(a.cents + 50)
print(a + 50)
