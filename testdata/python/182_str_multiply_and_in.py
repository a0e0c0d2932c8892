# repeating strings and testing substrings
print("ab" * 3, 3 * "-", "=" * 0 == "")
print("Py" "thon")
text = ("Put several strings within parentheses "
        "to have them joined together.")
print(text)
print("ell" in "hello", "x" not in "hello")
