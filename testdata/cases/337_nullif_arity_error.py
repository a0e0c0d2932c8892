# NullIf takes exactly two expressions
from django.db.models.functions import NullIf
NullIf("number_of_comments")
