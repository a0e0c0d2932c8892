# error: RecursionError
# a __repr__ that calls repr() of itself recurses until the depth limit
class Loop:
    def __repr__(self):
        return repr(self)


print(Loop())
