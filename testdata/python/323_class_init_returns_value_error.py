# __init__ must return None
class Bad:
    def __init__(self):
        return 42

print("creating")
Bad()
