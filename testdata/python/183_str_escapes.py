# escape sequences and raw strings
print("doesn't", 'say "yes"', "tab\there")
print("a\\b", r"C:\some\name", len(r"\n"), len("\n"))
print("line one\nline two")
print("\u00e9", "\x41", "\101", repr("\t"))
print("""multi
line""")
