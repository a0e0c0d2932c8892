# a form class with clean_<field> methods found by getattr
class Form:
    def __init__(self, data):
        self.data = data

    def clean(self):
        cleaned, errors = {}, {}
        for name, value in self.data.items():
            method = getattr(self, f"clean_{name}", None)
            try:
                cleaned[name] = method(value) if method else value
            except ValueError as e:
                errors[name] = str(e)
        return cleaned, errors

class SignupForm(Form):
    def clean_age(self, value):
        return int(value)
    def clean_email(self, value):
        if "@" not in value:
            raise ValueError("Enter a valid email address.")
        return value.lower()

print(SignupForm({"age": "30", "email": "ANN@X.ORG", "nick": "a"}).clean())
print(SignupForm({"age": "x", "email": "nope"}).clean())
