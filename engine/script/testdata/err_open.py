# open() says in one line that scripts cannot read or write files
with open("f") as f:
    pass

---

--- NotImplementedError: open() is not available in ORM Lab: scripts cannot read or write files (line 2)
