# strip, ljust, rjust, center, zfill, removeprefix, removesuffix
s = "  padded  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("www.example.com".lstrip("w.")))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("ab".center(7, "*")))
print("42".zfill(5), "-42".zfill(5))
print("test_views.py".removeprefix("test_"), "views.py".removesuffix(".py"))
