# a call never closed, with a doubled comma inside: CPython reports the bracket
book = dict(
    title="Dune",,
    pages=412
