# a registry filled by a classmethod used in each subclass
class Plugin:
    registry = {}
    @classmethod
    def register(cls, name):
        Plugin.registry[name] = cls
        return cls

class Csv(Plugin):
    pass
class Json(Plugin):
    pass

Csv.register("csv")
Json.register("json")
print({k: v.__name__ for k, v in Plugin.registry.items()})
print(Plugin.registry["json"]() .__class__.__name__)
