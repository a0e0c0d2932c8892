# typing imports are accepted and do not change behaviour
from typing import Any, Dict, List, Optional

def first(items: List[int], default: Optional[int] = None) -> Optional[int]:
    return items[0] if items else default

def as_dict(pairs: List[tuple]) -> Dict[str, Any]:
    return dict(pairs)

print(first([4, 5]), first([]), first([], -1))
print(as_dict([("a", 1), ("b", [2])]))
