f"{a b}"
# ---
f"{a +}"
# ---
x = 1
y = f"abc {a b} def"
# ---
f"{ }"
# ---
f"{!r}"
# ---
f"{x!r"
# ---
f"{x:}}"
# ---
f(x for x in y, )
# ---
f(1, x for x in y)
# ---
f(x for x in y)(z for z in w)
# ---
def f(*, /): pass
# ---
def f(/): pass
# ---
lambda a, a: 1
# ---
f'{x'
# ---
f'''{x
'''
# ---
f"{x}" f"{"
# ---
f"{'a'}"
# ---
f"{x!r }"
# ---
f"{x! r}"
# ---
f"{x=!r:10}"
# ---
f"{lambda x: 1}"
# ---
f"{yield}"
# ---
f"{*a}"
# ---
f"{a:=1}"
# ---
x = [1, 2 3]
# ---
x = {1: 2 3: 4}
# ---
x = (1 2)
# ---
foo(1, 2 3)
# ---
foo(x=1 y=2)
# ---
print "a" % x
# ---
exec "code"
# ---
print >>sys.stderr, "x"
# ---
x = 1 2
# ---
match x:
    case 1 2: pass
# ---
x = 5 if y
# ---
x = [a if b for a in c]
# ---
if x:
    pass
elif y = 2:
    pass
# ---
print(a if b)
# ---
`x`
# ---
a = 1; b = 2 c = 3
# ---
f"{:x}"
# ---
f"{=}"
# ---
f"{!}"
# ---
f"{x:{}}"
# ---
def f(*, *a): pass
# ---
def f(*a=1): pass
# ---
def f(**a=1): pass
# ---
def f(**k, *a): pass
# ---
lambda *: 1
# ---
lambda **k, a: 1
# ---
x = {1:}
# ---
x = {1: *a}
# ---
f(x for x in y, *a)
# ---
f(a, *b, c=1, d)
# ---
f(a=1, *b, c)
# ---
class A(x for x in y): pass
# ---
match x:
    case y:
        pass
    case 1:
        pass
# ---
match x:
    case _:
        pass
    case 1:
        pass
# ---
match x:
    case 1 2:
        pass
# ---
match x:
case 1:
    pass
# ---
match x:
    case {**rest, "a": 1}:
        pass
# ---
((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((x
# ---
if x:
 if x:
  if x:
   if x:
    if x:
     if x:
      if x:
       if x:
        if x:
         if x:
          if x:
           if x:
            if x:
             if x:
              if x:
               if x:
                if x:
                 if x:
                  if x:
                   if x:
                    if x:
                     if x:
                      if x:
                       if x:
                        if x:
                         if x:
                          if x:
                           if x:
                            if x:
                             if x:
                              if x:
                               if x:
                                if x:
                                 if x:
                                  if x:
                                   if x:
                                    if x:
                                     if x:
                                      if x:
                                       if x:
                                        if x:
                                         if x:
                                          if x:
                                           if x:
                                            if x:
                                             if x:
                                              if x:
                                               if x:
                                                if x:
                                                 if x:
                                                  if x:
                                                   if x:
                                                    if x:
                                                     if x:
                                                      if x:
                                                       if x:
                                                        if x:
                                                         if x:
                                                          if x:
                                                           if x:
                                                            if x:
                                                             if x:
                                                              if x:
                                                               if x:
                                                                if x:
                                                                 if x:
                                                                  if x:
                                                                   if x:
                                                                    if x:
                                                                     if x:
                                                                      if x:
                                                                       if x:
                                                                        if x:
                                                                         if x:
                                                                          if x:
                                                                           if x:
                                                                            if x:
                                                                             if x:
                                                                              if x:
                                                                               if x:
                                                                                if x:
                                                                                 if x:
                                                                                  if x:
                                                                                   if x:
                                                                                    if x:
                                                                                     if x:
                                                                                      if x:
                                                                                       if x:
                                                                                        if x:
                                                                                         if x:
                                                                                          if x:
                                                                                           if x:
                                                                                            if x:
                                                                                             if x:
                                                                                              if x:
                                                                                               if x:
                                                                                                if x:
                                                                                                 if x:
                                                                                                  if x:
                                                                                                   if x:
                                                                                                    if x:
                                                                                                     pass
# ---
def f():
    return [x async for x in y]
# ---
[x async for x in y]
# ---
def f():
    return (x async for x in y)
# ---
def f():
    return {x: 1 async for x in y}
# ---
async def f():
    def g():
        return [x async for x in y]
# ---
def f():
    return [await x for x in y]
# ---
async def f():
    return [[x async for x in y] for z in w]
# ---
class A:
    break
# ---
for x in y:
    class A:
        break
# ---
while x:
    def f():
        continue
# ---
for x in y:
    pass
else:
    break
# ---
while x:
    try:
        pass
    finally:
        continue
# ---
async def f():
    yield 1
    return 2
# ---
async def f():
    return 2
    yield 1
# ---
__debug__ = 1
# ---
def f(__debug__): pass
# ---
f(__debug__=1)
# ---
with a as __debug__: pass
# ---
for __debug__ in x: pass
# ---
x = 1
from __future__ import annotations
# ---
from __future__ import braces
# ---
from __future__ import nope, annotations
# ---
def f():
    from __future__ import annotations
# ---
"""doc"""
"""doc2"""
from __future__ import annotations
# ---
from __future__ import *
# ---
def f():
    nonlocal x
# ---
class A:
    nonlocal x
# ---
def f():
    x = 1
    def g():
        nonlocal x
        x = 2
    def h():
        nonlocal y
# ---
def f():
    x = 1
    global x
# ---
def f(x):
    global x
# ---
def f():
    print(x)
    global x
# ---
def f():
    x: int = 1
    global x
# ---
def f():
    global x
    x: int = 1
# ---
def f():
    x = 1
    def g():
        global x
        nonlocal x
# ---
x = 1
global x
# ---
def f():
    x = 1
    class A:
        nonlocal x
        x = 2
    def g():
        y = [x for x in range(3)]
        nonlocal y
# ---
def f():
    def g():
        nonlocal x
    x = 1
# ---
def f(a, a):
    nonlocal b
# ---
def f():
    nonlocal b
def g(a, a):
    pass
# ---
def f():
    for x in y:
        pass
    def g():
        nonlocal x
    global z
    z = 1
# ---
def outer():
    x = 0
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
# ---
def f():
    (y := 1)
    def g():
        nonlocal y
    import os
    def h():
        nonlocal os
# ---
def f():
    import os.path as p, sys
    def h():
        nonlocal p, sys
# ---
def f():
    import os
    global os
# ---
def f():
    from a import b
    def h():
        nonlocal b
# ---
def f():
    def g(): pass
    class C: pass
    def h():
        nonlocal g, C
# ---
def f():
    try:
        pass
    except E as e:
        def h():
            nonlocal e
# ---
def f():
    match x:
        case [a, *b]:
            def h():
                nonlocal a, b
# ---
def f():
    with x as (a, b):
        def h():
            nonlocal a
# ---
def f():
    del x
    def h():
        nonlocal x
# ---
def f(): return [(yield) for x in y]
# ---
def f(): x = [x for x in (yield)]
# ---
def f(): return {(yield x): 1 for x in y}
# ---
def f(): return ((yield from x) for y in z)
# ---
def f(): return {x for y in z if (yield)}
# ---
def f(): return [x for y in z for x in (yield)]
# ---
x = [y := 1 for y in range(3)]
# ---
x = [a for a in (b := range(3))]
# ---
class A:
    x = [(y := a) for a in range(3)]
# ---
x = [[y := 1 for z in w] for y in v]
# ---
x = [z for (y, z) in w if (z := 2)]
# ---
def f():
    x = [(t := a) for a in range(3)]
    return t
# ---
x = [a for a in range(3) for b in (c := a)]
