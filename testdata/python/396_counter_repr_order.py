# Counter's repr lists counts from most to least common
from collections import Counter
print(Counter("mississippi"))
print(Counter())
print(Counter({"x": 0, "y": -1}))
