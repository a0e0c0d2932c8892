# replace and the is* predicates
s = "one two one two"
print(s.replace("one", "1"), "|", s.replace("one", "1", 1))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum())
print("   ".isspace(), "".isspace(), "Ab_1".isidentifier(), "1ab".isidentifier())
print("x".isdecimal(), "42".isnumeric())
