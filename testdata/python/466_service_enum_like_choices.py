# a choices class like Django's TextChoices, built by hand
class Status:
    DRAFT = "d"
    PUBLISHED = "p"
    choices = [(DRAFT, "Draft"), (PUBLISHED, "Published")]

    @classmethod
    def label(cls, value):
        return dict(cls.choices)[value]

print(Status.choices)
print(Status.label("p"), Status.label(Status.DRAFT))
try:
    print(Status.label("x"))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
