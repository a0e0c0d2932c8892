def f(a, b=1, *args, c, d=2, **kw) -> int:
    """doc"""
    x = [i*2 for i in range(10) if i]
    y = {k: v for k, v in kw.items()}
    return x, y
class A(B, metaclass=M):
    z: int = 3
    def g(self, /, q): pass
for i in range(3):
    if i == 1: continue
    elif i: break
    else: pass
else:
    print(f"{i!r:>{w}} {i=}", 'a' 'b', sep="")
try:
    a, *b = c
except (E, F) as e:
    raise X from e
finally:
    del a[1:2, ::3], b.c
with open(x) as f, g: pass
with (a as b, c): pass
while x < y <= z is not None: x += 1
lambda a, *, b=2: a if b else -a ** 2
import a.b as c, d
from ..x import (y, z as w,)
from . import *
global q
assert x, "m"
print(*a, **k, sep=1)
s = {1, 2, *x}
t = (yield)
x = 0x_ff + 0o17 + 0b1 + 1_000 + 1.5e3 + 2j + .5 + 1e400
b'\x00\n' rb'\d'
'\u00e9\N{EM DASH}\d'
not a and b or c
x[1:2, 3]
@dec
@dec2(1)
async def h():
    await x
    async for a in b: pass
    async with c: pass
# ---
x = '\udc80\ud800x\U0001F600\x00\x7f\xa0\u2028'
y = "it's" + 'say "hi"' + '\'"' + "\\"
