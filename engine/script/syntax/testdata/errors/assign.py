f() = 1
# ---
x = f() = 1
# ---
f() = g() = 1
# ---
(a, f()) = 1
# ---
[a, 1] = 2
# ---
a, f() = 1
# ---
True = 1
# ---
... = 1
# ---
x.y() = 1
# ---
a < b = 1
# ---
f() += 1
# ---
f(): int = 1
# ---
-a = 1
# ---
a if b else c = 1
# ---
lambda: 1 = 1
# ---
[x for x in y] = 1
# ---
(x for x in y) = 1
# ---
{a: b} = 1
# ---
{a} = 1
# ---
f"{x}" = 1
# ---
(yield) = 1
# ---
*a = 1
# ---
a, *b, *c = 1
# ---
del (a, f())
# ---
del a + b
# ---
for f() in x: pass
# ---
for a, b() in x: pass
# ---
with a as f(): pass
# ---
[x for f() in y]
# ---
x = *a
# ---
print(*a = 1)
# ---
f(a.b=1)
# ---
f(a=1 for x in y)
# ---
f(1=2)
# ---
f(True=1)
# ---
if f() = 1: pass
# ---
if x.y = 1: pass
# ---
print(x = 1 = 2)
# ---
(a := 1 + 2) = 3
# ---
a.b := 1
# ---
x = (a.b := 1)
# ---
x += yield
# ---
a, b: int
# ---
[a]: int
# ---
a + 1: int = 3
# ---
f() = yield x
# ---
1 + 2 = x = 3
