# merging two sorted lists of records by date
a = [("2024-01-02", "order"), ("2024-01-05", "order")]
b = [("2024-01-01", "refund"), ("2024-01-05", "refund"), ("2024-01-09", "refund")]
timeline = sorted(a + b)
for day, kind in timeline:
    print(day, kind)
print(sorted(a + b, key=lambda r: (r[0], r[1] != "refund"))[2:4])
