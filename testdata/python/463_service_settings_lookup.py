# reading settings with defaults and a required-key error
class ImproperlyConfigured(Exception):
    pass

SETTINGS = {"DEBUG": True, "PAGE_SIZE": 25}

def setting(name, default=None, required=False):
    if name in SETTINGS:
        return SETTINGS[name]
    if required:
        raise ImproperlyConfigured(f"The {name} setting must not be empty.")
    return default

print(setting("DEBUG"), setting("PAGE_SIZE"), setting("TIME_ZONE", "UTC"))
print(setting("SECRET_KEY", required=True))
