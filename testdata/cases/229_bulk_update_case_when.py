# write: bulk update case when
gs = list(Genre.objects.filter(pk__in=[1, 2]))
gs[0].name = "One"
print(Genre.objects.bulk_update(gs, ["name"]))
