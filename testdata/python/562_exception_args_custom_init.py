# a custom exception with extra init parameters keeps args from super()
class QuotaExceeded(Exception):
    def __init__(self, user, limit):
        super().__init__(f"{user} exceeded {limit} requests")
        self.user = user
        self.limit = limit

try:
    raise QuotaExceeded("ann", 100)
except QuotaExceeded as e:
    print(e.args, e.user, e.limit)
    print(repr(e))
