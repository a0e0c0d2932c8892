# passing a keyword-only parameter positionally is a TypeError
def connect(host, *, port=5432):
    return f"{host}:{port}"

print(connect("db", port=1))
print(connect("db", 6543))
