# mapping patterns ignore extra keys unless **rest captures them
config = {"engine": "sqlite", "name": "db.sqlite3", "timeout": 5}
match config:
    case {"engine": "postgres"}:
        print("postgres")
    case {"engine": "sqlite", "name": name, **others}:
        print("sqlite file", name, "options", others)
match {}:
    case {}:
        print("empty mapping matches {}")
