# itertools.chain and chain.from_iterable
from itertools import chain
print(list(chain("ab", [1, 2], (None,))))
print(list(chain.from_iterable([[1], [2, 3], []])))
rows = [["a", "b"], ["c"]]
print(", ".join(chain(*rows)))
