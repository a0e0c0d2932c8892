# a contextmanager generator sees the exception at its yield
from contextlib import contextmanager

@contextmanager
def transaction(log):
    log.append("BEGIN")
    try:
        yield
    except Exception as e:
        log.append(f"ROLLBACK ({e})")
        raise
    else:
        log.append("COMMIT")

log = []
with transaction(log):
    log.append("INSERT 1")
try:
    with transaction(log):
        raise ValueError("duplicate key")
except ValueError:
    pass
print(log)
