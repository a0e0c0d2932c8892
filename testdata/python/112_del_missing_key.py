# deleting a missing dict key is a KeyError
settings = {"DEBUG": True}
del settings["DEBUG"]
print(settings)
del settings["DEBUG"]
