# dicts: setting, getting, deleting and listing keys
tel = {"jack": 4098, "sape": 4139}
tel["guido"] = 4127
print(tel)
print(tel["jack"])
del tel["sape"]
tel["irv"] = 4127
print(tel, list(tel), sorted(tel))
print("guido" in tel, "jack" not in tel)
print(dict([("sape", 4139), ("guido", 4127)]), dict(sape=1, jack=2))
