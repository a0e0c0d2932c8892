# Extract works on dates and times only: a CharField is refused when annotate() resolves it
from django.db.models.functions import ExtractYear
print(Entry.objects.annotate(y=ExtractYear("pub_date")).filter(y=2020).count())
Entry.objects.annotate(y=ExtractYear("headline"))
