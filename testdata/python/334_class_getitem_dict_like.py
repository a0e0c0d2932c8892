# __getitem__ with string keys for a settings object
class Settings:
    def __init__(self, **values):
        self._values = values
    def __getitem__(self, key):
        try:
            return self._values[key]
        except KeyError:
            raise KeyError(f"setting {key} is not configured") from None
    def __contains__(self, key):
        return key in self._values

s = Settings(DEBUG=True)
print(s["DEBUG"], "DEBUG" in s, "SECRET" in s)
print(s["SECRET"])
