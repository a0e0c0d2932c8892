# update_or_create() that must create checks every name of the defaults: FieldError for one that is not a field
Genre.objects.update_or_create(name="Verse", defaults={"label": "poetry"})
