# Q objects combine with |, & and ~, and mix with keyword arguments that come after them
recent_or_popular = Q(pub_date__year=2024) | Q(number_of_comments__gte=40)
print(Entry.objects.filter(recent_or_popular).count())
print(Entry.objects.filter(recent_or_popular, headline__icontains="a").count())
print(Entry.objects.filter(~Q(rating=5) & Q(blog_id__lte=3)).count())
print(Entry.objects.filter(Q(rating=1) | Q(rating=2), Q(blog_id=1) | Q(blog_id=2)).count())
for q in connection.queries:
    print(q["sql"])
