# write: delete row already gone
c = Comment.objects.get(pk=1)
Comment.objects.filter(pk=1).delete()
print(c.delete())
