# reporting an error chain by walking __cause__
class DataError(Exception):
    pass
class ImportFailed(Exception):
    pass

def load(row):
    try:
        return int(row["qty"])
    except (KeyError, ValueError) as e:
        raise DataError(f"bad row {row}") from e

def run(rows):
    try:
        return [load(r) for r in rows]
    except DataError as e:
        raise ImportFailed("import aborted") from e

try:
    run([{"qty": "1"}, {"qty": "x"}])
except ImportFailed as e:
    chain, err = [], e
    while err:
        chain.append(f"{type(err).__name__}: {err}")
        err = err.__cause__
    print(" <- ".join(chain))
