#!/usr/bin/python3
"""Run the conformance corpus under CPython: the oracle for ORM Lab's Python.

Usage: cpython.py PROGRAM.py [PROGRAM2.py ...]

Every program runs in this one process (starting python3 once per program
would make the corpus too slow to run in every test), each as a fresh
__main__ module with its printed output captured. For each program one JSON
object is printed on its own line:

  {"file": "001_if_elif.py", "output": "what it printed",
   "error": null or {"type": "ValueError", "message": "...", "line": N,
                     "shown": "ValueError: ..."}}

"type" is the exception's name as a traceback's last line shows it (the
module is prefixed outside builtins and __main__, as in
json.decoder.JSONDecodeError), "message" is str(exception), or the bare
message for a SyntaxError raised by compile, and "line" is the program line
the exception was raised from (0 when unknown). "shown" is the last line
of the traceback CPython prints for it, which for NameError and
AttributeError adds "Did you mean: ...?" to the message: 3.11 computes
that suggestion only in its default excepthook, so it is taken from there.
The exit status is 0 even when programs raise.
"""

import contextlib
import io
import json
import os
import sys
import traceback
import types


def type_name(exc):
    """Return the exception's type as the traceback's last line names it."""
    cls = type(exc)
    if cls.__module__ in ("builtins", "__main__"):
        return cls.__qualname__
    return cls.__module__ + "." + cls.__qualname__


def raised_line(exc, path):
    """Return the innermost line of the program in the exception's traceback."""
    if isinstance(exc, SyntaxError) and exc.filename == path:
        return exc.lineno or 0
    line = 0
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == path:
            line = frame.lineno
    return line


def shown_line(exc):
    """Return the last line of the traceback CPython prints for exc."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    lines = err.getvalue().rstrip("\n").split("\n")
    name = type_name(exc)
    for i in range(len(lines) - 1, -1, -1):
        if lines[i] == name or lines[i].startswith(name + ": "):
            return "\n".join(lines[i:])
    return lines[-1]


def describe(exc, path):
    """Return the JSON form of an uncaught exception."""
    if isinstance(exc, SyntaxError):
        message = exc.msg
    else:
        message = str(exc)
    return {"type": type_name(exc), "message": message, "line": raised_line(exc, path),
            "shown": shown_line(exc)}


def run(path):
    """Run one program as a fresh __main__ and return its JSON record."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    module = types.ModuleType("__main__")
    module.__file__ = path
    saved_main = sys.modules["__main__"]
    sys.modules["__main__"] = module
    out = io.StringIO()
    error = None
    try:
        with contextlib.redirect_stdout(out):
            code = compile(source, path, "exec")
            exec(code, module.__dict__)
    except BaseException as exc:  # the program's own exception is the result
        error = describe(exc, path)
    finally:
        sys.modules["__main__"] = saved_main
    return {"file": os.path.basename(path), "output": out.getvalue(), "error": error}


def main(paths):
    for path in paths:
        print(json.dumps(run(path)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
