# match on nested data as a serializer would receive it
def summary(payload):
    match payload:
        case {"user": {"name": str(name), "roles": [*roles]}} if "admin" in roles:
            return f"admin {name}"
        case {"user": {"name": str(name)}}:
            return f"user {name}"
        case {"error": {"code": int(code), "message": msg}}:
            return f"error {code}: {msg}"
        case _:
            return "invalid"

print(summary({"user": {"name": "ann", "roles": ["staff", "admin"]}}))
print(summary({"user": {"name": "bob", "roles": []}}))
print(summary({"error": {"code": 404, "message": "missing"}}))
print(summary({"user": {"name": 3}}))
