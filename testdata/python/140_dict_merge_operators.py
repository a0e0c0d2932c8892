# the | and |= operators merge dicts
base = {"debug": False, "db": "sqlite"}
local = {"debug": True}
print(base | local)
base |= {"cache": None}
print(base)
print(dict.fromkeys(["a", "b"], 0))
