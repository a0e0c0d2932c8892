# an order state machine rejecting invalid transitions
class InvalidTransition(Exception):
    pass

class Order:
    transitions = {"new": {"paid", "cancelled"}, "paid": {"shipped", "refunded"}, "shipped": set()}

    def __init__(self):
        self.state = "new"
        self.history = ["new"]

    def move(self, target):
        if target not in self.transitions.get(self.state, set()):
            raise InvalidTransition(f"cannot go from {self.state} to {target}")
        self.state = target
        self.history.append(target)

o = Order()
o.move("paid")
o.move("shipped")
print(o.history)
o.move("refunded")
