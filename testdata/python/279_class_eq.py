# __eq__ defines == and != follows it
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

a, b, c = Money(5, "EUR"), Money(5, "EUR"), Money(5, "USD")
print(a == b, a == c, a != c, a is b)
print(a == 5, a in [c, b])
