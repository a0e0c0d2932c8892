if x:
pass
# ---
if x:
    a = 1
      b = 2
# ---
if x:
        a = 1
    b = 2
# ---
def f():
	if x:
        pass
# ---
x = (1, 2
y = 3
# ---
x = [1, 2
# ---
foo(a, b
# ---
d = {1: 2
# ---
x = (1, 2]
# ---
x = [1, 2)
# ---
x = (
  1,
  2]
# ---
if x
    pass
# ---
def f()
    pass
# ---
class A
    pass
# ---
for x in y
    pass
# ---
while True
    pass
# ---
else:
    pass
# ---
try
    pass
except:
    pass
# ---
x = 'abc
# ---
x = "abc
y = 1
# ---
x = """abc
y = 1
# ---
x = '''abc
# ---
a b
# ---
x = 1 +
# ---
print "hello"
# ---
print x
# ---
f(a b)
# ---
[a b c]
# ---
f() = 1
# ---
1 = x
# ---
"a" = x
# ---
None = 1
# ---
a + b = c
# ---
return 1
# ---
def f():
    pass
return x
# ---
break
# ---
continue
# ---
def f():
    break
# ---
for x in y:
    def g():
        continue
# ---
f(a=1, a=2)
# ---
f(a=1, b)
# ---
f(**k, b)
# ---
f(**k, *a)
# ---
def f(a=1, b): pass
# ---
x = 1abc
# ---
x = 0123
# ---
x = 1__0
# ---
x = 1_
# ---
x = 0x
# ---
x = 0b102
# ---
x = 0o8
# ---
x = 1.2.3
# ---
x = 1e
# ---
)
# ---
x = 1)
# ---
]
# ---
}
# ---
f"{x"
# ---
f"{}"
# ---
f"{x!z}"
# ---
f"}"
# ---
f"{x:{y}"
# ---
x = $
# ---
x = a ? b : c
# ---
def f(:
    pass
# ---
class
# ---
if x:
    pass
  else:
    pass
# ---
x = (1,
     2,
# ---
lambda x: (yield)
# ---
a, b += 1
# ---
(a, b): int = 1
# ---
del f()
# ---
del 1
# ---
x = yield = 3
# ---
for 1 in x: pass
# ---
with a as 1: pass
# ---
import
# ---
from x import
# ---
from x import (a, b
# ---
import a.
# ---
x = {1: 2, 3}
# ---
x = {1, 2: 3}
# ---
f(x for x in y, 1)
# ---
try:
    pass
# ---
try:
    pass
x = 1
# ---
def f(*): pass
# ---
def f(*, **k): pass
# ---
def f(a, a): pass
# ---
nonlocal x
# ---
x = 1 if 2
# ---
x = [i for i in]
# ---
async = 1
# ---
def f(**k, a): pass
# ---
def f(a, /, b, /): pass
# ---
x ===== y
# ---
x = not
# ---
if x = 1:
    pass
# ---
while x = 1: pass
# ---
f(a, b for b in c)
# ---
print(f"{x!}")
