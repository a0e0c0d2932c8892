# mixins adding behaviour, as Django class-based views do
class JsonMixin:
    def render(self, data):
        return "json:" + str(data)

class LoginRequiredMixin:
    def dispatch(self, user):
        if user is None:
            return "redirect to login"
        return super().dispatch(user)

class View:
    def dispatch(self, user):
        return self.render({"user": user})
    def render(self, data):
        return "html:" + str(data)

class ApiView(LoginRequiredMixin, JsonMixin, View):
    pass

print(ApiView().dispatch("ann"))
print(ApiView().dispatch(None))
print([c.__name__ for c in ApiView.__mro__])
