# write: create returning
g = Genre.objects.create(name="Cookbooks")
print(g.pk, g.name)
