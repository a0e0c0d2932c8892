# CaptureQueriesContext counts the queries of a block, as tests that guard against N+1 do
from django.test.utils import CaptureQueriesContext

with CaptureQueriesContext(connection) as naive:
    names = [b.author.name for b in Book.objects.order_by("id")[:5]]
with CaptureQueriesContext(connection) as joined:
    names2 = [b.author.name for b in Book.objects.select_related("author").order_by("id")[:5]]
print(len(naive), len(joined), names == names2)
print(naive.captured_queries[1]["sql"])
print(joined[0]["sql"])
