# chr and ord convert between characters and code points
print(ord("A"), ord("a"), ord("é"), ord("€"))
print(chr(65), chr(97), chr(233), chr(8364))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) - ord("a") for c in "abz"])
