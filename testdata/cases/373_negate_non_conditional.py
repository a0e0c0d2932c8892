# ~ works on boolean expressions: ~F("approved") is NOT approved, ~F("rating") cannot be used as a filter
print(Comment.objects.filter(~F("approved"), entry_id=8).count())
print(Comment.objects.filter(entry_id=8).count())
Entry.objects.filter(~F("rating")).count()
