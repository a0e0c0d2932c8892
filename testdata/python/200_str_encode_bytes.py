# encoding to bytes and decoding back
s = "café"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8"), type(b).__name__)
print(b"abc"[0], list(b"hi"), bytes([104, 105]))
