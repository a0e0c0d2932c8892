# operator getters, copy and deepcopy, string constants, typing names
import operator, copy, string
from typing import Any, Dict, List, Optional, Tuple, TypeVar, cast, Callable
rows = [{"name": "b", "age": 3}, {"name": "a", "age": 5}]
print(sorted(rows, key=operator.itemgetter("name")), operator.itemgetter(1, 0)("xy"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.lt(1, 2), operator.itemgetter(1))
class Box:
    def __init__(self, inner):
        self.inner = inner
print(operator.attrgetter("inner.inner")(Box(Box(7))), operator.methodcaller("upper")("hi"))
data = {"a": [1, [2]], "b": (3, [4])}
shallow, deep = copy.copy(data), copy.deepcopy(data)
data["a"][1].append(9)
print(shallow, deep, shallow["a"] is data["a"], deep["a"] is data["a"])
shared = [1]
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], pair[0] is shared)
print(string.ascii_lowercase, string.digits, string.capwords("hello  big world"))
print(len(string.ascii_letters), len(string.punctuation), repr(string.whitespace))
T = TypeVar("T")
print(Optional[int], List[int], Dict[str, Any], Tuple[int, ...], T, Callable[[int], str])
print(cast(int, "not checked"))
