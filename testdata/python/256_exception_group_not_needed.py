# catching an exception and returning an error dict like an API
def api(payload):
    try:
        qty = int(payload["qty"])
        if qty <= 0:
            raise ValueError("qty must be positive")
        return {"ok": True, "qty": qty}
    except KeyError as e:
        return {"ok": False, "error": f"missing field {e}"}
    except ValueError as e:
        return {"ok": False, "error": str(e)}

print(api({"qty": "3"}))
print(api({}))
print(api({"qty": "-1"}))
print(api({"qty": "abc"}))
