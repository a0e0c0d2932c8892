# except Exception catches ordinary errors of any type
for thing in [lambda: 1 / 0, lambda: int("x"), lambda: None.x, lambda: [].pop(), lambda: "ok"]:
    try:
        print("result", thing())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
