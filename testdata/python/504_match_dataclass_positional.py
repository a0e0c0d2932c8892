# match with dataclasses uses their generated __match_args__
from dataclasses import dataclass

@dataclass
class Click:
    x: int
    y: int

@dataclass
class Key:
    name: str

def handle(event):
    match event:
        case Click(0, 0):
            return "corner click"
        case Click(x, y) if x == y:
            return f"diagonal click {x}"
        case Click(x=x):
            return f"click at x={x}"
        case Key("q" | "Q"):
            return "quit"
        case Key(name):
            return "key " + name

for e in [Click(0, 0), Click(3, 3), Click(1, 9), Key("Q"), Key("a")]:
    print(handle(e))
