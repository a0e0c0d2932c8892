# __eq__ returning NotImplemented falls back to identity
class Token:
    def __init__(self, value):
        self.value = value
    def __eq__(self, other):
        if isinstance(other, Token):
            return self.value == other.value
        return NotImplemented

t = Token("a")
print(t == Token("a"), t == "a", "a" == t, t != "a")
print(t in ["a", Token("b")], t in [Token("a")])
