# a service class validating input and raising a custom error
class ValidationError(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors

class SignupService:
    def validate(self, data):
        errors = {}
        if "@" not in data.get("email", ""):
            errors["email"] = "Enter a valid email address."
        if len(data.get("password", "")) < 8:
            errors["password"] = "This password is too short."
        if errors:
            raise ValidationError(errors)
        return data

svc = SignupService()
print(svc.validate({"email": "a@b.c", "password": "long enough"}))
try:
    svc.validate({"email": "nope"})
except ValidationError as e:
    print(e.errors)
svc.validate({})
