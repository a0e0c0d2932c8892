# & between an expression that is not boolean and a Q is refused: Django points to bitand()
approved = Comment.objects.filter(entry=OuterRef("pk"), approved=True)
print(type(Exists(approved) & Q(rating=5)).__name__)
F("rating") & Q(rating=5)
