"""The lab's extra script globals, built from real Django pieces.

The engine gives scripts a fixed clock (timezone.now(), clock.advance()),
Django's low-level cache, render() for template strings and
assert_num_queries(). Here the same names are made from Django itself so
the differential test can run scripts that use them: the cache is
LocMemCache, templates are the Django engine, and the clock patches
time.time so cache expiry follows clock.advance().
"""
import datetime
import time

LAB_NOW = datetime.datetime(2025, 1, 15, 12, 0, 0)
LAB_EPOCH = (LAB_NOW - datetime.datetime(1970, 1, 1)).total_seconds()


class LabClock:
    """A clock that moves only when advance() is called."""

    def __init__(self):
        self.offset = 0.0

    def time(self):
        return LAB_EPOCH + self.offset

    def now(self):
        return LAB_NOW + datetime.timedelta(seconds=self.offset)

    def advance(self, seconds):
        if isinstance(seconds, datetime.timedelta):
            seconds = seconds.total_seconds()
        self.offset += seconds


class Timezone:
    """django.utils.timezone as the lab shows it: now() on the lab clock."""

    def __init__(self, clock):
        self._clock = clock

    def now(self):
        return self._clock.now()


def render(template_string, context=None):
    from django.template import engines

    return engines["django"].from_string(template_string).render(context or {})


def assert_num_queries(num, func, *args, **kwargs):
    """TestCase.assertNumQueries as a function, with Django's message."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    kwargs.pop("using", None)
    with CaptureQueriesContext(connection) as ctx:
        func(*args, **kwargs)
    executed = len(ctx)
    if executed != num:
        captured = "\n".join(
            "%d. %s" % (i, q["sql"]) for i, q in enumerate(ctx.captured_queries, start=1)
        )
        raise AssertionError(
            "%d != %d : %d queries executed, %d expected\nCaptured queries were:\n%s"
            % (executed, num, executed, num, captured)
        )


def lab_globals(clock):
    from django.core.cache import cache

    cache.clear()
    return {
        "cache": cache,
        "timezone": Timezone(clock),
        "clock": clock,
        "render": render,
        "assert_num_queries": assert_num_queries,
    }


# SQLite's clock on the lab clock, as the engine's db.SetClock does: the
# SQL Django sends is logged unchanged, and only what SQLite runs reads
# the lab's time where it would read its own. This is the oracle's side of
# engine/db/labclock.go (onClock); the two are checked against each other
# by the cases that print Now().
_DATE_FUNCTIONS = {"date", "time", "datetime", "julianday", "unixepoch", "strftime", "timediff"}
_CLOCK_WORDS = {
    "CURRENT_TIMESTAMP": "%Y-%m-%d %H:%M:%S",
    "CURRENT_DATE": "%Y-%m-%d",
    "CURRENT_TIME": "%H:%M:%S",
}


def _quoted_end(sql, i):
    closing = "]" if sql[i] == "[" else sql[i]
    j = i + 1
    while j < len(sql):
        if sql[j] == closing:
            if closing != "]" and j + 1 < len(sql) and sql[j + 1] == closing:
                j += 2
                continue
            return j + 1
        j += 1
    return len(sql)


def _is_name(c):
    return c == "_" or c == "$" or c.isalnum() or ord(c) >= 0x80


def on_clock(sql, now):
    """sql with each read of SQLite's clock replaced by a literal of now."""
    lower = sql.lower()
    if "now" not in lower and "cur" not in lower:
        return sql
    out, calls, last, i = [], [], "", 0
    while i < len(sql):
        c = sql[i]
        if c == "'":
            end = _quoted_end(sql, i)
            lit = sql[i:end]
            if lit.lower() == "'now'" and calls and calls[-1] in _DATE_FUNCTIONS:
                lit = "'" + now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d'" % (now.microsecond // 1000)
            out.append(lit)
            i, last = end, ""
        elif c in "\"`[":
            end = _quoted_end(sql, i)
            out.append(sql[i:end])
            i, last = end, ""
        elif sql.startswith("--", i) or sql.startswith("/*", i):
            end = sql.find("\n", i) if c == "-" else sql.find("*/", i + 2)
            end = len(sql) if end < 0 else (end if c == "-" else end + 2)
            out.append(sql[i:end])
            i = end
        elif _is_name(c) and not c.isdigit():
            end = i
            while end < len(sql) and _is_name(sql[end]):
                end += 1
            word = sql[i:end]
            fmt = _CLOCK_WORDS.get(word.upper())
            out.append("'" + now.strftime(fmt) + "'" if fmt else word)
            i, last = end, word.lower()
        elif c == "(":
            calls.append(last)
            out.append(c)
            i, last = i + 1, ""
        elif c == ")":
            if calls:
                calls.pop()
            out.append(c)
            i, last = i + 1, ""
        elif c in " \t\n\r":
            out.append(c)
            i += 1
        else:
            out.append(c)
            i, last = i + 1, ""
    return "".join(out)


def patch_sqlite_clock(clock):
    """Run Django's SQLite statements with SQLite's clock on clock."""
    from unittest import mock

    from django.db.backends.sqlite3.base import SQLiteCursorWrapper

    execute, executemany = SQLiteCursorWrapper.execute, SQLiteCursorWrapper.executemany

    def on_lab_execute(self, query, params=None):
        return execute(self, on_clock(query, clock.now()), params)

    def on_lab_executemany(self, query, param_list):
        return executemany(self, on_clock(query, clock.now()), param_list)

    return mock.patch.multiple(SQLiteCursorWrapper, execute=on_lab_execute, executemany=on_lab_executemany)
