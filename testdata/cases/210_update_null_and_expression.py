# write: update null and expression
print(Entry.objects.filter(pk=1).update(rating=None, number_of_comments=F("number_of_comments") + 1))
