# a decorator guarding a view by raising PermissionError
from functools import wraps

def login_required(view):
    @wraps(view)
    def wrapper(request):
        if not request.get("user"):
            raise PermissionError("login required for " + view.__name__)
        return view(request)
    return wrapper

@login_required
def dashboard(request):
    return "welcome " + request["user"]

print(dashboard({"user": "ann"}))
print(dashboard({}))
