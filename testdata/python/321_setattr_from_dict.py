# setting attributes from a dict, like a form's cleaned_data
class Profile:
    def __init__(self, **data):
        for key, value in data.items():
            setattr(self, key, value)
    def __repr__(self):
        pairs = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"Profile({pairs})"

p = Profile(name="ann", age=30)
print(p)
print(p.age + 1)
