1
# ---
-1
# ---
+1
# ---
~1
# ---
not x
# ---
1 + 2 * 3
# ---
(1 + 2) * 3
# ---
2 ** 3 ** 4
# ---
-2 ** 2
# ---
(-2) ** 2
# ---
a @ b
# ---
a // b % c
# ---
a << 1 >> 2
# ---
a | b ^ c & d
# ---
a and b or c and not d
# ---
a or b or c
# ---
a and (b or c)
# ---
a < b < c
# ---
a == b != c
# ---
a is b is not c
# ---
a in b not in c
# ---
a if b else c
# ---
a if b else c if d else e
# ---
(a if b else c)
# ---
lambda: 0
# ---
lambda x: x
# ---
lambda x, y=1, *a, z, w=2, **k: x
# ---
lambda *, k: k
# ---
lambda x, /, y: x
# ---
lambda *a, **k: 0
# ---
(lambda: (yield))
# ---
x.y.z
# ---
x[0]
# ---
x[1:2]
# ---
x[:]
# ---
x[::]
# ---
x[::2]
# ---
x[1:]
# ---
x[:2]
# ---
x[a:b:c]
# ---
x[1, 2]
# ---
x[1:2, 3]
# ---
x[1:2, ::3]
# ---
x[(1, 2)]
# ---
x[()]
# ---
x[-1]
# ---
x[a, ...]
# ---
f()
# ---
f(1)
# ---
f(1, 2)
# ---
f(a, b=1)
# ---
f(*a)
# ---
f(**k)
# ---
f(*a, *b, **c, **d)
# ---
f(a, *b, c=1, **d)
# ---
f(x for x in y)
# ---
f((x for x in y), 1)
# ---
f(a)(b)(c)
# ---
f(a=1, *b)
# ---
f(*a, b=1, *c)
# ---
f(**a, b=1)
# ---
f(1,)
# ---
f(a, b,)
# ---
def f(): f(a=(yield))
# ---
x.f(1).g[2].h
# ---
[]
# ---
[1]
# ---
[1, 2, 3]
# ---
[1, 2, 3,]
# ---
[*a, *b]
# ---
[1, *a, 2]
# ---
()
# ---
(1,)
# ---
(1, 2)
# ---
(1, 2,)
# ---
1, 2
# ---
1,
# ---
(*a, *b)
# ---
*a, b
# ---
{}
# ---
{1: 2}
# ---
{1: 2, 3: 4,}
# ---
{**a}
# ---
{**a, 1: 2, **b}
# ---
{1}
# ---
{1, 2}
# ---
{*a, *b}
# ---
{1, *a}
# ---
[x for x in y]
# ---
[x for x in y if x]
# ---
[x for x in y if x if not x]
# ---
[x for x in y for z in x]
# ---
[x for x in y if x for z in x if z]
# ---
[(x, y) for x, y in z]
# ---
[x for *x, y in z]
# ---
{x for x in y}
# ---
{x: y for x, y in z}
# ---
{x: y for x in a for y in b}
# ---
(x for x in y)
# ---
(x for x in range(3) if x % 2)
# ---
def f(): [x for x in (yield)]
# ---
[[x for x in y] for y in z]
# ---
[lambda: x for x in y]
# ---
[x if x else y for x in z]
# ---
[x for x in y if (z := x)]
# ---
(x := 1)
# ---
(y := f(x))
# ---
[y := 1, y ** 2]
# ---
f(x := 1)
# ---
a[x := 1]
# ---
def f(): x = (yield)
# ---
def f(): x = (yield 1)
# ---
def f(): x = (yield from y)
# ---
def f(): x = yield
# ---
def f(): x = yield 1, 2
# ---
async def f(): await x
# ---
...
# ---
None
# ---
True
# ---
False
# ---
Ellipsis
# ---
0
# ---
00
# ---
0_0
# ---
123
# ---
1_000_000
# ---
0x1F
# ---
0X_ff
# ---
0o17
# ---
0O7_7
# ---
0b101
# ---
0B_1
# ---
1.5
# ---
1.
# ---
.5
# ---
1e10
# ---
1E-5
# ---
1.5e+3
# ---
1_0.0_1e1_0
# ---
1j
# ---
1.5J
# ---
1e3j
# ---
0j
# ---
.5j
# ---
1e400
# ---
9999999999999999999999999999999999
# ---
0xffffffffffffffffffffffffffffffff
# ---
1.0000000000000002
# ---
0.1
# ---
123456789012345678.0
# ---
1e16
# ---
1e15
# ---
1e-4
# ---
1e-5
# ---
0.0001
# ---
5e-324
# ---
1.7976931348623157e308
# ---
3.14159
# ---
x == 1.0
# ---
a.b.c.d.e
# ---
a[b][c][d]
# ---
not not x
# ---
- - x
# ---
+-~x
# ---
a if not b else c
# ---
a or (b and c)
# ---
(a)
# ---
((a))
# ---
(((a, b)))
# ---
f((a))
# ---
f(a)(b)
# ---
a.b(c).d[e]
# ---
def f(): (yield)
# ---
print(*a, sep='')
# ---
x = a, *b
# ---
x = *a, b
