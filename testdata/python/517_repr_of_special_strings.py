# repr escapes control characters and keeps unicode
for s in ["tab\there", "bell\a", "é", "null\0", "emoji 🐍", "\\"]:
    print(repr(s), len(s))
