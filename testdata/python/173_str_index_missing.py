# str.index raises ValueError when the substring is absent
s = "django"
print(s.index("go"))
print(s.index("flask"))
