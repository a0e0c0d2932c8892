# counting a field over a list of dicts with Counter
from collections import Counter
orders = [{"city": "Oslo"}, {"city": "Rome"}, {"city": "Oslo"}, {"city": "Lima"}, {"city": "Oslo"}]
by_city = Counter(o["city"] for o in orders)
for city, n in by_city.most_common():
    print(f"{city:<5} {'#' * n}")
print(by_city["Paris"])
