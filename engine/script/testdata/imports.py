# python: skip (the names come from the lab)
from __future__ import annotations
from django.db.models import Count, Q
from django.db.models import Count as C
from library.models import (
    Count as Counter,
)
import datetime
from datetime import date, timedelta
import django.db.models as models
print(C("id"), Counter("x"), Q, date(2024, 1, 1))
print("before")
from django.shortcuts import get_object_or_404
print("not reached")

---
Count(id) Count(x) Q 2024-01-01
before

--- ImportError: cannot import name 'get_object_or_404' from 'django.shortcuts' (line 13)
