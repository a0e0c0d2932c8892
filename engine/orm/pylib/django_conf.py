# django.conf as ORM Lab runs it: settings holds the values the lab runs
# Django with (the oracle's settings.configure in testdata/django/run.py);
# a name it lacks raises AttributeError as Django's settings do once
# configured, naming the module of defaults they fall back to.


class Settings:
    def __init__(self):
        self.DEBUG = True
        self.USE_TZ = False
        self.TIME_ZONE = "UTC"
        self.INSTALLED_APPS = ["library"]
        self.DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

    def __getattr__(self, name):
        raise AttributeError("module 'django.conf.global_settings' has no attribute '%s'" % name)


settings = Settings()
