# collections.abc classes answer isinstance for built-in values and for classes by their special methods
from collections.abc import Iterable, Iterator, Mapping, Sequence, Callable, Hashable, Sized, MutableSequence, Set
import collections.abc
from collections import Counter, deque
class Bag:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return 1
values = [[1], (1,), "s", {"a": 1}, {1}, 5, None, len, Bag(), map(str, [1]), (x for x in []), Counter(), deque()]
for kind in (Iterable, Iterator, Mapping, Sequence, Callable, Hashable, Sized, MutableSequence, Set):
    print(kind.__name__, [isinstance(v, kind) for v in values])
print(collections.abc.Mapping, isinstance({}, collections.abc.MutableMapping))
