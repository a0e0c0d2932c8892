# a user exception hierarchy for a service layer
class ServiceError(Exception):
    """Base class for service errors."""

class NotFound(ServiceError):
    pass

class PermissionDenied(ServiceError):
    def __init__(self, user, action):
        super().__init__(f"{user} may not {action}")
        self.user = user

for exc in [NotFound("book 9"), PermissionDenied("ann", "delete")]:
    try:
        raise exc
    except ServiceError as e:
        print(type(e).__name__, "-", e, "-", isinstance(e, NotFound))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
