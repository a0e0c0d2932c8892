# lru_cache on a method receives self, and Counter, OrderedDict, defaultdict and namedtuple records are dicts and tuples
from collections import Counter, OrderedDict, defaultdict, namedtuple
from functools import lru_cache


class Prices:
    calls = 0

    @lru_cache(maxsize=None)
    def price(self, sku):
        Prices.calls += 1
        return len(sku) * 10


p = Prices()
print(p.price("abc"), p.price("abc"), Prices.calls, Prices.price.cache_info().hits)
Point = namedtuple("Point", "x y")
print(isinstance(Counter("aa"), dict), isinstance(OrderedDict(), dict), isinstance(defaultdict(int), dict))
print(isinstance(Point(1, 2), tuple), isinstance([], dict), isinstance((1,), Point))
