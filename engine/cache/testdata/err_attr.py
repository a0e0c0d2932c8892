from django.core.cache import cache
cache.get_or_create("k")
---

--- AttributeError: 'LocMemCache' object has no attribute 'get_or_create'. Did you mean: 'get_or_set'? (line 2)
