x = 1
# ---
x = y = 1
# ---
x, y = 1, 2
# ---
(x, y) = 1, 2
# ---
[x, y] = 1, 2
# ---
x, = y
# ---
a, *b = c
# ---
*a, b = c
# ---
a, *b, c = d
# ---
[a, *b] = c
# ---
(a, (b, c)) = d
# ---
x.y = 1
# ---
x[0] = 1
# ---
x[1:2] = y
# ---
x.y[0].z = 1
# ---
x += 1
# ---
x -= 1
# ---
x *= 1
# ---
x /= 1
# ---
x //= 1
# ---
x %= 1
# ---
x **= 1
# ---
x @= 1
# ---
x &= 1
# ---
x |= 1
# ---
x ^= 1
# ---
x <<= 1
# ---
x >>= 1
# ---
x.y += 1
# ---
x[0] += 1
# ---
x: int
# ---
x: int = 1
# ---
(x): int = 1
# ---
x.y: int
# ---
x[0]: int = 1
# ---
x: list[int] = []
# ---
x: 'str'
# ---
x = 1; y = 2
# ---
x = 1;
# ---
pass
# ---
del x
# ---
del x, y
# ---
del x[0], x.y
# ---
del (x, y)
# ---
del [x, y]
# ---
del (x)
# ---
del x,
# ---
assert x
# ---
assert x, "msg"
# ---
assert (x, y)
# ---
import a
# ---
import a.b.c
# ---
import a as b
# ---
import a.b as c, d
# ---
from a import b
# ---
from a import b as c
# ---
from a import (b, c)
# ---
from a import (b, c,)
# ---
from a import (b as c, d as e)
# ---
from . import a
# ---
from .. import a
# ---
from ... import a
# ---
from .... import a
# ---
from .a import b
# ---
from ..a.b import c
# ---
from a import *
# ---
from . import *
# ---
global x
# ---
global x, y
# ---
raise
# ---
raise E
# ---
raise E(1)
# ---
raise E from e
# ---
raise E from None
# ---
if x:
    pass
# ---
if x: pass
# ---
if x:
    a
elif y:
    b
# ---
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
# ---
if x:
    a
else:
    b
# ---
if x:
    if y:
        pass
    else:
        pass
# ---
while x:
    pass
# ---
while x:
    break
else:
    pass
# ---
while True:
    continue
# ---
for x in y:
    pass
# ---
for x, y in z:
    pass
# ---
for (x, y) in z: pass
# ---
for [x, y] in z: pass
# ---
for x in y, z: pass
# ---
for x in *a, *b: pass
# ---
for x.y in z: pass
# ---
for x[0] in z: pass
# ---
for x in y:
    break
else:
    pass
# ---
for *a, b in c: pass
# ---
try:
    pass
except:
    pass
# ---
try:
    pass
except E:
    pass
# ---
try:
    pass
except E as e:
    pass
# ---
try:
    pass
except (A, B) as e:
    pass
# ---
try:
    pass
except A:
    pass
except B:
    pass
else:
    pass
finally:
    pass
# ---
try:
    pass
finally:
    pass
# ---
try:
    pass
except* E:
    pass
# ---
try:
    pass
except* (A, B) as e:
    pass
except* C:
    pass
else:
    pass
finally:
    pass
# ---
with a:
    pass
# ---
with a as b:
    pass
# ---
with a as b, c as d:
    pass
# ---
with a, b:
    pass
# ---
with (a, b):
    pass
# ---
with (a as b, c as d):
    pass
# ---
with (a as b, c as d,):
    pass
# ---
with (a):
    pass
# ---
with (a) as b:
    pass
# ---
with (a, b) as c:
    pass
# ---
with a as (b, c):
    pass
# ---
with a as [b, c]:
    pass
# ---
with a as b.c:
    pass
# ---
with a as b[0]:
    pass
# ---
def f():
    with (yield) as x:
        pass
# ---
with open(f) as f, open(g) as g: pass
# ---
with (
    a as b,
    c as d,
):
    pass
# ---
class A:
    pass
# ---
class A(B):
    pass
# ---
class A(B, C):
    pass
# ---
class A(B, metaclass=M):
    pass
# ---
class A(*bases, **kw):
    pass
# ---
class A():
    pass
# ---
@d
class A:
    pass
# ---
@d
@e(1)
@f.g
class A: pass
# ---
@a.b.c
def f(): pass
# ---
@(lambda f: f)
def f(): pass
# ---
@x[0]
def f(): pass
# ---
@x if y else z
def f(): pass
# ---
def f():
    pass
# ---
def f(): pass
# ---
def f(a): pass
# ---
def f(a, b): pass
# ---
def f(a=1): pass
# ---
def f(a, b=1): pass
# ---
def f(*a): pass
# ---
def f(**k): pass
# ---
def f(*a, **k): pass
# ---
def f(a, *, b): pass
# ---
def f(a, *, b=1, c): pass
# ---
def f(a, /): pass
# ---
def f(a, /, b): pass
# ---
def f(a=1, /, b=2): pass
# ---
def f(a, /, b, *, c): pass
# ---
def f(a, /, *, c): pass
# ---
def f(a, b, /, c, d=1, *e, f, g=2, **h): pass
# ---
def f(a: int): pass
# ---
def f(a: int = 1): pass
# ---
def f(*a: int, **k: str): pass
# ---
def f() -> int: pass
# ---
def f(a: 'x', b: list[int] = []) -> dict[str, int]: pass
# ---
def f(a,): pass
# ---
def f(*a,): pass
# ---
def f(**k,): pass
# ---
def f(a, *, b,): pass
# ---
def f():
    return
# ---
def f():
    return 1
# ---
def f():
    return 1, 2
# ---
def f():
    return *a, *b
# ---
def f():
    yield
# ---
def f():
    yield 1
# ---
def f():
    yield 1, 2
# ---
def f():
    yield from x
# ---
def f():
    x = yield
# ---
def f():
    x = yield from y
# ---
def f():
    return (yield)
# ---
def f():
    nonlocal_x = 1
    def g():
        nonlocal nonlocal_x
        nonlocal_x = 2
# ---
def f():
    global x
    x = 1
# ---
async def f():
    pass
# ---
async def f():
    await x
# ---
async def f():
    async for x in y:
        pass
# ---
async def f():
    async with a as b:
        pass
# ---
async def f():
    async for x in y:
        pass
    else:
        pass
# ---
async def f():
    return [x async for x in y]
# ---
async def f():
    return [await x for x in y]
# ---
async def f():
    return {x: y async for x, y in z}
# ---
async def f():
    yield 1
# ---
@d
async def f(): pass
# ---
def f():
    def g():
        def h():
            pass
# ---
class A:
    x = 1
    def f(self):
        return self.x
    @staticmethod
    def g():
        pass
    @property
    def p(self):
        return 1
    class B:
        pass
# ---
if x:
    pass
# ---
# comment
# ---
x = 1
# ---
x = 1  # comment
# ---
# only a comment
# ---
x = (1,  # comment
     2)
# ---
x = [
    1,
    2,
]
# ---
x = {
    'a': 1,
    'b': 2,
}
# ---
x = 1 + \
    2
# ---
if a and \
   b:
    pass
# ---
x = f(
    a,
    b=1,
)
# ---
def f(
    a,
    b,
):
    pass
# ---
if x:

    pass

    y = 1
# ---
if x:
        deep = 1
        if y:
                deeper = 2
# ---
x = 1
# ---
if x:
	tab = 1
	if y:
		tab2 = 2
# ---
class A: x = 1; y = 2
# ---
for x in y: a; b
# ---
while x: a; b;
# ---
if x: pass
elif y: pass
else: pass
