# math helpers in a pagination calculation
import math
def page_count(total, per_page):
    return max(1, math.ceil(total / per_page))

for total in [0, 1, 20, 21, 99]:
    print(total, page_count(total, 20))
print(math.floor(-0.5), math.ceil(-0.5), math.dist((0, 0), (3, 4)), math.hypot(5, 12))
