# match mapping patterns pick keys and capture the rest
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": key, **rest}:
            return f"key {key} extra {rest}"
        case {"type": other}:
            return "unhandled " + other
        case _:
            return "not an event"

print(handle({"type": "click", "x": 1, "y": 2, "z": 0}))
print(handle({"type": "key", "key": "q", "ctrl": True}))
print(handle({"type": "scroll"}))
print(handle([1, 2]))
