# dispatching to methods by name with getattr
class Handler:
    def on_create(self, obj):
        return f"created {obj}"
    def on_delete(self, obj):
        return f"deleted {obj}"

h = Handler()
for event in ["create", "delete", "update"]:
    method = getattr(h, "on_" + event, None)
    print(event, "->", method("book") if method else "no handler")
