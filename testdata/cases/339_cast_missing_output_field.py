# Cast needs its output_field, given as a field instance from django.db.models
from django.db import models
print(models.IntegerField, models.IntegerField(), Cast("pages", output_field=models.IntegerField()))
Cast("pages")
