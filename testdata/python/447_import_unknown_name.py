# importing a missing name from a module is an ImportError
from collections import Counter
print(Counter("aa"))
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, e.name)
import no_such_package.sub
