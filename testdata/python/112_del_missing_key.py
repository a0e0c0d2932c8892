# deleting a missing dict key is a KeyError
settings = {"DEBUG": True}
del settings["DEBUG"]
print(settings)
try:
    del settings["DEBUG"]
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
