# parameters after * are keyword-only
def connect(host, *, port=5432, timeout=10):
    return f"{host}:{port} t={timeout}"

print(connect("db"))
print(connect("db", port=6543))
print(connect("db", timeout=1, port=1))
