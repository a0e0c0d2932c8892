# except (A, B) as e catches either type and binds it
def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    return "fine"

for kind in ["key", "index", "ok"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
