# double-underscore names are mangled with the class name
class Secret:
    def __init__(self):
        self.__token = "abc"
        self._hint = "x"
    def reveal(self):
        return self.__token

s = Secret()
print(s.reveal(), s._hint, s._Secret__token)
print(hasattr(s, "__token"))
