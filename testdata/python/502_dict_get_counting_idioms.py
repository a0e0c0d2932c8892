# three ways to count: get, setdefault and in
text = "abracadabra"
a, b, c = {}, {}, {}
for ch in text:
    a[ch] = a.get(ch, 0) + 1
    b.setdefault(ch, 0)
    b[ch] += 1
    if ch in c:
        c[ch] += 1
    else:
        c[ch] = 1
print(a)
print(a == b == c)
