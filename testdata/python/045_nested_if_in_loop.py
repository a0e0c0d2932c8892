# a Django-style loop that groups orders by status
orders = [
    {"id": 1, "status": "paid", "total": 30},
    {"id": 2, "status": "pending", "total": 12},
    {"id": 3, "status": "paid", "total": 8},
    {"id": 4, "status": "refunded", "total": 30},
]
paid = pending = 0
for order in orders:
    if order["status"] == "paid":
        paid += order["total"]
    elif order["status"] == "pending":
        pending += order["total"]
    else:
        print("skipping order", order["id"])
print("paid", paid, "pending", pending)
