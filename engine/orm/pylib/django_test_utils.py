# django.test.utils as ORM Lab runs it: the lab's CaptureQueriesContext,
# and override_settings of Django 5.2, written again for the lab: it sets
# django.conf.settings for a with block or a decorated function and puts
# the old values back afterwards.
from functools import wraps

from django.conf import settings
from django.db import CaptureQueriesContext

_unset = object()


class override_settings:
    def __init__(self, **kwargs):
        self.options = kwargs
        self._saved = None

    def enable(self):
        self._saved = {name: getattr(settings, name, _unset) for name in self.options}
        for name, value in self.options.items():
            setattr(settings, name, value)

    def disable(self):
        for name, value in self._saved.items():
            if value is _unset:
                delattr(settings, name)
            else:
                setattr(settings, name, value)

    def __enter__(self):
        return self.enable()

    def __exit__(self, exc_type, exc_value, traceback):
        self.disable()

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return inner
