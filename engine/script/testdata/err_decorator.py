# python: skip (not supported by design)
@decorate
def f():
    pass

---

--- NameError: name 'decorate' is not defined (line 2)
