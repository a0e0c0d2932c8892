# django.shortcuts as ORM Lab runs it: get_object_or_404 and
# get_list_or_404 of Django 5.2, written again for the lab.


def _get_queryset(klass, caller):
    if hasattr(klass, "objects"):
        return klass.objects.all()
    if hasattr(klass, "all") and hasattr(klass, "filter"):
        return klass.all()
    name = klass.__name__ if isinstance(klass, type) else type(klass).__name__
    raise ValueError(
        "First argument to %s() must be a Model, Manager, or QuerySet, not '%s'." % (caller, name)
    )


def get_object_or_404(klass, *args, **kwargs):
    queryset = _get_queryset(klass, "get_object_or_404")
    try:
        return queryset.get(*args, **kwargs)
    except queryset.model.DoesNotExist:
        raise Http404("No %s matches the given query." % queryset.model.__name__)


def get_list_or_404(klass, *args, **kwargs):
    queryset = _get_queryset(klass, "get_list_or_404")
    obj_list = list(queryset.filter(*args, **kwargs))
    if not obj_list:
        raise Http404("No %s matches the given query." % queryset.model.__name__)
    return obj_list
