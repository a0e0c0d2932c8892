#!/usr/bin/python3
"""Run ORM Lab scripts under real Django: the fidelity oracle.

Usage (Debian's python3-django; nothing else needed):

  run.py --ddl
      Create a fresh database with `migrate` and print the CREATE statements
      of the library tables and indexes from sqlite_master, one per line,
      each ending with ";" (the same form as /work/shared/schema.sql).

  run.py --db FILE SCRIPT.py [SCRIPT2.py ...]
      For each script: copy FILE to a temporary file (so every script starts
      on a fresh copy), point Django at it, reset connection.queries, exec
      the script and print one JSON object on its own line:
        {"script": path, "output": stdout text,
         "queries": [sql as connection.queries shows it, ...],
         "error": null or {"type": ..., "message": ..., "line": N}}
      The exit status is 0 even when scripts raise (that is reported in JSON).

  run.py --makedb FILE
      Create the schema with `migrate` in FILE and insert a small
      deterministic dataset (for testing run.py without the real sample DB).

  run.py --makemigrations
      Run makemigrations for library (maintenance only). It reports "No
      changes detected" while 0001_initial.py matches models.py; that file
      is makemigrations output reordered to declaration order (see README).
"""

import contextlib
import datetime as _datetime
import io
import json
import os
import shutil
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, HERE)


def setup(db_name):
    import django
    from django.conf import settings

    if django.VERSION[:2] != (5, 2):
        sys.exit("run.py: this is Django %s from %s; the oracle is Django 5.2 "
                 "(make django fetches it)" % (django.get_version(), django.__path__[0]))

    settings.configure(
        DEBUG=True,
        DATABASES={
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": db_name,
            }
        },
        INSTALLED_APPS=["library"],
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        USE_TZ=False,
        TIME_ZONE="UTC",
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
    )
    pin_thread_ident()
    django.setup()


# Django names savepoints "s<thread ident>_x<n>"; CPython's thread ident
# changes from run to run. The engine prints this value (savepointThread
# in engine/orm/write_atomic.go), so the oracle's statements are pinned to
# it before any connection exists (the connection records the ident when
# it is created and checks it on every use).
LAB_THREAD_IDENT = 140000000000000


def pin_thread_ident():
    import types

    from django.db.backends.base import base

    base._thread = types.SimpleNamespace(get_ident=lambda: LAB_THREAD_IDENT)


def migrate():
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def ddl_statements():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND tbl_name LIKE 'library\\_%' ESCAPE '\\' ORDER BY rowid"
        )
        return [row[0] for row in cursor.fetchall()]


def cmd_ddl():
    tmpdir = tempfile.mkdtemp(prefix="ormlab-ddl-")
    try:
        setup(os.path.join(tmpdir, "ddl.db"))
        migrate()
        for sql in ddl_statements():
            print(sql + ";")
    finally:
        from django.db import connection

        connection.close()
        shutil.rmtree(tmpdir, ignore_errors=True)
    return 0


def cmd_makemigrations():
    from django.core.management import call_command

    tmpdir = tempfile.mkdtemp(prefix="ormlab-mm-")
    try:
        setup(os.path.join(tmpdir, "mm.db"))
        call_command("makemigrations", "library", verbosity=1)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return 0


def cmd_makedb(path):
    """A small deterministic dataset (not the real sample data)."""
    if os.path.exists(path):
        os.remove(path)
    setup(path)
    migrate()
    from library.models import (
        Author, Blog, Book, Comment, Country, Entry, Genre, Publisher,
    )

    D = _datetime.date
    countries = [
        Country(name=n, code=c)
        for n, c in [
            ("France", "FR"), ("United Kingdom", "GB"), ("United States", "US"),
            ("Germany", "DE"), ("Japan", "JP"),
        ]
    ]
    Country.objects.bulk_create(countries)
    countries = list(Country.objects.order_by("id"))
    authors = []
    for i in range(12):
        authors.append(Author(
            name="Author %02d" % (i + 1),
            email="author%02d@example.com" % (i + 1),
            bio=("Bio of author %d. " % (i + 1)) * 10,
            country=countries[i % len(countries)],
        ))
    Author.objects.bulk_create(authors)
    authors = list(Author.objects.order_by("id"))
    publishers = [
        Publisher(name="Publisher %d" % (i + 1), country=countries[(i * 2) % 5])
        for i in range(4)
    ]
    Publisher.objects.bulk_create(publishers)
    publishers = list(Publisher.objects.order_by("id"))
    genre_names = ["Fiction", "Mystery", "Science", "History", "Poetry", "Fantasy"]
    Genre.objects.bulk_create([Genre(name=n) for n in genre_names])
    genres = list(Genre.objects.order_by("id"))
    books = []
    for i in range(40):
        books.append(Book(
            title="Book Title %02d" % (i + 1),
            author=authors[(i * 7) % len(authors)],
            publisher=publishers[i % len(publishers)],
            published_date=D(1990 + (i * 3) % 34, 1 + i % 12, 1 + (i * 5) % 28),
            pages=100 + (i * 37) % 600,
            price=round(5.0 + ((i * 13) % 50) + 0.99, 2),
            isbn="978%010d" % (1000 + i),
            description=("Description of book %d. " % (i + 1)) * 12,
        ))
    Book.objects.bulk_create(books)
    books = list(Book.objects.order_by("id"))
    for i, book in enumerate(books):
        gs = [genres[i % 6]]
        if i % 2 == 0:
            gs.append(genres[(i + 3) % 6])
        book.genres.add(*gs)
    blogs = [Blog(name="Blog %d" % (i + 1), tagline="Tagline %d" % (i + 1)) for i in range(4)]
    Blog.objects.bulk_create(blogs)
    blogs = list(Blog.objects.order_by("id"))
    entries = []
    for i in range(30):
        entries.append(Entry(
            blog=blogs[i % 4],
            headline="Entry headline %02d" % (i + 1),
            body_text=("Body of entry %d. " % (i + 1)) * 8,
            pub_date=D(2020 + i % 5, 1 + i % 12, 1 + i % 28),
            mod_date=D(2021 + i % 5, 1 + i % 12, 1 + i % 28),
            number_of_comments=i % 7,
            number_of_pingbacks=i % 3,
            rating=1 + i % 5,
        ))
    Entry.objects.bulk_create(entries)
    entries = list(Entry.objects.order_by("id"))
    for i, entry in enumerate(entries):
        entry.authors.add(authors[i % 12])
        if i % 3 == 0:
            entry.authors.add(authors[(i + 5) % 12])
    comments = []
    for i in range(100):
        comments.append(Comment(
            entry=entries[(i * 11) % 30],
            author_name="Commenter %d" % (i % 9 + 1),
            text="Comment text %d" % (i + 1),
            approved=(i % 5) < 3,
            created_at=_datetime.datetime(2023, 1 + i % 12, 1 + i % 28, i % 24, (i * 7) % 60, 0),
        ))
    Comment.objects.bulk_create(comments)
    from django.db import connection

    connection.close()
    return 0


def script_globals():
    from django.db import connection, models
    from django.db.models import (
        Avg, BooleanField, Case, CharField, Count, DateField, DateTimeField,
        DurationField, EmailField, Exists, ExpressionWrapper, F, FloatField,
        IntegerField, Max, Min, OuterRef, Prefetch, Q, RowRange, Subquery, Sum,
        TextField, Value, ValueRange, When, Window, WindowFrameExclusion,
        prefetch_related_objects,
    )
    from django.db.models.functions import (
        Abs, Cast, Coalesce, Concat, CumeDist, DenseRank, Extract, ExtractDay,
        ExtractHour, ExtractMonth, ExtractWeekDay, ExtractYear, FirstValue,
        Greatest, Lag, LastValue, Lead, Least, Length, Lower, LTrim, Now,
        NthValue, Ntile, NullIf, PercentRank, Rank, Replace, Round, RowNumber,
        RTrim, Substr, Trim, Trunc, TruncDate, TruncDay, TruncMonth, TruncYear,
        Upper,
    )
    from library.models import (
        Author, Blog, Book, Comment, Country, Entry, Genre, Publisher,
    )

    g = {
        "Country": Country, "Author": Author, "Publisher": Publisher,
        "Genre": Genre, "Book": Book, "Blog": Blog, "Entry": Entry,
        "Comment": Comment,
        "Q": Q, "F": F, "Count": Count, "Sum": Sum, "Avg": Avg, "Max": Max,
        "Min": Min, "Prefetch": Prefetch, "Exists": Exists,
        "prefetch_related_objects": prefetch_related_objects,
        "OuterRef": OuterRef, "Subquery": Subquery, "Value": Value,
        "Case": Case, "When": When, "Coalesce": Coalesce, "Lower": Lower,
        "Upper": Upper, "Length": Length,
        "Concat": Concat, "Substr": Substr, "Trim": Trim, "LTrim": LTrim,
        "RTrim": RTrim, "Replace": Replace, "Cast": Cast,
        "Greatest": Greatest, "Least": Least, "Round": Round, "Abs": Abs,
        "ExtractYear": ExtractYear, "ExtractMonth": ExtractMonth,
        "ExtractDay": ExtractDay, "ExtractWeekDay": ExtractWeekDay,
        "ExtractHour": ExtractHour, "TruncYear": TruncYear,
        "TruncMonth": TruncMonth, "TruncDay": TruncDay, "TruncDate": TruncDate,
        "Now": Now, "NullIf": NullIf, "models": models,
        "Extract": Extract, "Trunc": Trunc,
        "ExpressionWrapper": ExpressionWrapper,
        "CharField": CharField, "TextField": TextField, "EmailField": EmailField,
        "IntegerField": IntegerField, "FloatField": FloatField,
        "BooleanField": BooleanField, "DateField": DateField,
        "DateTimeField": DateTimeField, "DurationField": DurationField,
        "Window": Window, "RowRange": RowRange, "ValueRange": ValueRange,
        "WindowFrameExclusion": WindowFrameExclusion,
        "RowNumber": RowNumber, "Rank": Rank, "DenseRank": DenseRank,
        "Lag": Lag, "Lead": Lead, "FirstValue": FirstValue,
        "LastValue": LastValue, "NthValue": NthValue, "Ntile": Ntile,
        "PercentRank": PercentRank, "CumeDist": CumeDist,
        "date": _datetime.date, "datetime": _datetime.datetime,
        "timedelta": _datetime.timedelta,
        "connection": connection,
    }
    return g


def error_line(exc, path):
    if isinstance(exc, SyntaxError) and exc.filename == path:
        return exc.lineno
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == path:
            line = frame.lineno
    return line


def run_script(path, src_db, work_db):
    from django.db import connection, reset_queries

    connection.close()
    shutil.copyfile(src_db, work_db)
    reset_queries()
    connection.clean_savepoints()  # savepoint names count from 1 in each run
    out = io.StringIO()
    error = None
    with open(path, encoding="utf-8") as f:
        source = f.read()
    import labtools
    from unittest import mock

    clock = labtools.LabClock()
    g = script_globals()
    g.update(labtools.lab_globals(clock))
    g["__name__"] = "__main__"
    g["__file__"] = path
    with contextlib.redirect_stdout(out), mock.patch("time.time", clock.time), labtools.patch_sqlite_clock(clock):
        try:
            code = compile(source, path, "exec")
            exec(code, g)
        except Exception as exc:  # the script's error is part of the result
            error = {
                "type": type(exc).__name__,
                "message": str(exc),
                "line": error_line(exc, path),
            }
    queries = [q["sql"] for q in connection.queries]
    connection.close()
    return {"script": path, "output": out.getvalue(), "queries": queries, "error": error}


def cmd_db(src_db, scripts):
    if not os.path.isfile(src_db):
        print("run.py: no such database: %s" % src_db, file=sys.stderr)
        return 2
    tmpdir = tempfile.mkdtemp(prefix="ormlab-run-")
    work_db = os.path.join(tmpdir, "work.db")
    try:
        shutil.copyfile(src_db, work_db)
        setup(work_db)
        for path in scripts:
            result = run_script(path, src_db, work_db)
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return 0


def main(argv):
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    if argv[:1] == ["--ddl"] and len(argv) == 1:
        return cmd_ddl()
    if argv[:1] == ["--makedb"] and len(argv) == 2:
        return cmd_makedb(argv[1])
    if argv[:1] == ["--makemigrations"] and len(argv) == 1:
        return cmd_makemigrations()
    if argv[:1] == ["--db"] and len(argv) >= 3:
        return cmd_db(argv[1], argv[2:])
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
