# __date of a DateTimeField: filter, values and order_by through django_datetime_cast_date()
day = Comment.objects.order_by("created_at").values_list("created_at__date", flat=True)[0]
print(day)
print(Comment.objects.filter(created_at__date=day).count())
print(Comment.objects.filter(created_at__date__gte=date(2024, 6, 1)).count())
print(Comment.objects.filter(created_at__date__year=2019).count())
for row in Comment.objects.values("created_at__date", "created_at__hour").order_by("-created_at__date", "id")[:3]:
    print(row)
for q in connection.queries:
    print(q["sql"])
