with assert_num_queries(1):
    for book in Book.objects.order_by("id")[:2]:
        print(book.title, book.author.name)
---
Midnight Witness Thomas O'Connor
Ocean of the North Chloe Fraser

--- AssertionError: 3 != 1 : 3 queries executed, 1 expected
Captured queries were:
1. SELECT "library_book"."id", "library_book"."title", "library_book"."author_id", "library_book"."publisher_id", "library_book"."published_date", "library_book"."pages", "library_book"."price", "library_book"."isbn", "library_book"."description" FROM "library_book" ORDER BY "library_book"."id" ASC LIMIT 2
2. SELECT "library_author"."id", "library_author"."name", "library_author"."email", "library_author"."bio", "library_author"."country_id" FROM "library_author" WHERE "library_author"."id" = 23 LIMIT 21
3. SELECT "library_author"."id", "library_author"."name", "library_author"."email", "library_author"."bio", "library_author"."country_id" FROM "library_author" WHERE "library_author"."id" = 50 LIMIT 21 (line 1)
