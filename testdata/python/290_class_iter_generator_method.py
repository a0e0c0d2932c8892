# __iter__ written as a generator
class Team:
    def __init__(self, *members):
        self.members = members
    def __iter__(self):
        for m in self.members:
            yield m.title()

team = Team("ann", "bob")
print(list(team), list(team))
print(", ".join(team))
a, b = team
print(b)
