# str.index raises ValueError when the substring is absent
s = "django"
print(s.index("go"))
try:
    print(s.index("flask"))
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
