# in_bulk() with a field_name the model lacks raises FieldDoesNotExist before any query
Book.objects.in_bulk(["9786467075478"], field_name="ean")
