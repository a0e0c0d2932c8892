# Counter supports addition, subtraction and elements
from collections import Counter
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=1)
print(a + b)
print(a - b)
print(sorted((a | b).items()), sorted((a & b).items()))
print(sorted(Counter("hello").elements()))
print(Counter("abracadabra").most_common(3))
