# updating nested dicts in a settings structure
settings = {"DATABASES": {"default": {"ENGINE": "sqlite3", "NAME": "db"}}}
settings["DATABASES"]["default"]["NAME"] = "test_db"
settings.setdefault("INSTALLED_APPS", []).append("library")
settings.setdefault("INSTALLED_APPS", []).append("auth")
print(settings)
