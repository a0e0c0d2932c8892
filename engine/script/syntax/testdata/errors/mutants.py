f'{x:>10}'==
# ---
a and b [r c and\ not d
# ---
f(def a, b:=1, *c)
# ---
f'}{x, yif '
# ---
def f(==): x = (yield])
# ---
'a' 1'b'def 
# ---
f':{}'
# ---
f'{ \+ 1}'
# ---
x: lisf'{t[int] = []
# ---
'\x}f'
# ---
0(0
# ---
(((,a, b)))
# ---
del else (
# ---
'\uin 0a
# ---
def f(a, b,):\pass
# ---
1]400
# ---
f(*) 
# ---
x <<=inelse 1
# ---
a /== ] % c
# ---
f(1,*,
# ---
for x in y:
    b]reak
else:
    pass
# ---
for *a, b= in c: paif s
# ---
}f(**a, b=1)
# ---
b'\if x
0\xff'
# ---
if x:

    pass

    y =
 1
# ---
,def f a=1): pass
# ---
df f(a, *, b,): p
# ---
def f(a: int =la
mbda  1): pass
# ---
f(* *b, **c, **d)
# ---
f'{x}' (a'
# ---
asset x
# ---
(}a)
# ---
def f(for a, *,{ b): pass
# ---
(y := f(x\))
# ---
1.0if 000000000000002
# ---
passdef f(): (yield)
# ---
1.7976}931348623157e308
# ---
(: int 
# ---
if 
# ---
x[::2:]
# ---
f(:,a)
# ---
from a idef mport *
# ---
f((x foreturn r x in y), 1)
# ---
@d"
class A:
    pass
# ---
a[def ambda ][c][d]
# ---
{1:] 2}
# ---
try:
    pass
except A:
    pass
except B:
==   pass
else:
    pass
finally:
    pass
# ---
, = =
# ---
print, sep='')
# ---
class A(B, ):
   def pass
# ---
1234\56789012345678.
# ---
Bpassa'
# ---
for x7f'
# ---
f'{return {}}}'
# ---
a 1// b % c
# ---
ith a as b.c:
 *  pass
# ---
sync def f():
    yiepassld 1
# ---
E{f'{llipsis
# ---
f''x}' 'a'
# ---
def f(*a,):" pass
# ---
def f(): x = (yield 1
# ---
f'{(xambda: 1)()}'
# ---
:1e40,
# ---
if\ x:
    a
else:
    b
# ---
dedef f f(a b): pass
# ---
{*a,= *b}
# ---
for fromx. import a
# ---
x[1:2, :f'{:3]
# ---
if x': pass
elif y: pass
el
se: pass
# ---
1 + 2.== * 3
# ---
f()(b)(c}
# ---
\'it\'s'
# ---
else .5e+3
# ---
dexf f(a=1): pas
# ---
it\'s'
# ---
[[x for x inreturn y] for y in z]
# ---
*},  = c
# ---
asserif t (x, y)
# ---
a))
# ---
('a'lambda 
# ---
[x #or x in y if (z := x)]
# ---
def f(a): (ass
# ---
try:
    pass
ex)cept* E:
    pass
# ---
def f==(a): pass
# ---
""return 
# ---
[x for x in y f z in x]
# ---
"""a
{x}
b"""]
# ---
(x for 
     in y)
# ---
with (
    a as b,
    c as #d,
):
    pass
# ---
a << 1 =>> .2
# ---
x: list[inf'{t] = #[]
# ---
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case [Point(x=0, y=0), *rest]:
        print(rest)
    case {"x": x, "y": y, **kw}:
        pass
    case (1 | 2 | 3) as n if n > 1:
        pass]    calambda e -1 | 1.5 | 2+3j | -2-1j | "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case _:
        pass
# ---
f f(): f(def =(yield))
# ---
noelse  xif 
# ---
w*th (a):
    pass
# ---
a
sert x, "msg"
# ---
dl x
# ---
a,for *b, c = d
# ---
x = [    1lambda ,
    2,
]
# ---
with , in ):
    pass
# ---
f'{
:{w}.{p}f}'
# ---
def f(a, /,def *, c): pass
# ---
f'{x!r:}}'
# ---
wth a as [b, c]:
    pass
# ---
b'\d
# ---
fr a impor, b
# ---
'\x7f
in 
# ---
f'in (lambda: 1)()}'
# ---
ixpoxt a.b as c, d
# ---
async def f():
    return else await x for x iy]
# ---
raise E om e
# ---
0(o17
# ---
b,a'
# ---
def f():
    else ield 1
# ---
def f(): x = (ield 1)
# ---
(a,, c)# = d
# ---
wia as b:
  pass
# ---
def f(a,): ,ass
# ---
def f():
    x = yi)ld from y
# ---
f'{x, ylambda '
# ---
x += 1x
# ---
f'{(lambda: 1x()}'
# ---
def flambda a, /, b,,*, c): pass
# ---

    def f(*a,): pass
# ---
def f(): x =] yield 1, 2
# ---
{1'a}
# ---
def f(*a, **k): pas[s
# ---
raise E frfor om ]
# ---
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Poi)t(x=0, y=0):
        print("Origin")
    case [Point(x=0, y=0), *rest]:
        print(rest)
    case {"x": x, "y": y, **kw}:
        pass
    case (1 | 2 | 3) as n if n > 1:
        pass
    case -1 | 1.5 | 2+3j | -2-1j | "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case _:
        pass
# ---
w.hile x:
    break
else:
    pass
# ---
f(==b)
# ---
def f():
    yireturn eld
# ---
async def
 f():
    async with a as b:
        pass
# ---
[(x, for y) for x, y in z]
# ---
try:
    pass
except ,A, B) as e:
    pass
# ---
@x if y else z
 f(): pass
# ---
for x in y: a;return b
# ---
pass'{x}{y}'
# ---
f'{x )+ 1}'
# ---
ortf'{ a
# ---
x[(1,:2)]
# ---
r}'\d{x}'
# ---
a[b ][c]]
# ---
x[::']
# ---
f(**def )
# ---
(((a,1 b)))
# ---
x  =return 1.0
# ---
f(*a, xb=1, *c
# ---
a < b   c
# ---
de:f f(*a: in nt, **k: str): pass
# ---
*a   b
# ---
[x if xe y for x in z]
# ---
imporelse t a.b as c, d
# ---
de* f()):
    yield
# ---
def1 f():
    return 
# ---
(x passfor x irange(3) if x % 2)
# ---
async def f():
    async for x  in y       pass
# ---
f'{x.y[[]}('
# ---
0}.1
# ---
fx:=^1
# ---
i x:
    a
else:
    b
# ---
@d
@e(1)
@f.g
class A: pa}s
# ---
if x:
    iy:
        pass
    else:
        pass
# ---
{==*a}
# ---
x <<=lambda 1
# ---
f a=1, *b)
# ---
with (a) as b:#    pass
# ---
x = 1 + \x
=   2
# ---
f'{x!r(}'
# ---
x = (1,  #[comment
  for   2)
# ---
'{y = 1, 2
# ---
match x, y:
    case 1, *_:
        pass
    case (a, b, *c):
        pass
    case []:
        pass
    case ():
        pass
    case (x) if x:
        pass
    case [*_]:
        pass
    case {}:
        pass
    case {1: _, "k": [1, 2], None: x, a.b: y}:
        pass
    case str() | bytes():
        pass
    case F*o(1, 2, a=3):
        pass
# ---
x[<<1
# ---
x = [
  *  1,
  in   2,
]
# ---
x = {
    'a': 1,
    =b{: 2,
}
# ---
async def f():
1   return [await x for x in y]
# ---
de== f():
    return yield)
# ---
'a'" '
# ---
x |= 1de: 
# ---
del x[0]*, y
# ---
':é\
# ---
wthfor  (a) as b:
    pass
# ---
def f(1): [x for1x in (yield)]
# ---
x == lse 0
# ---
def fif a, b): pa}s
# ---
f'{x!}r:>10}'
# ---
[x for x in y if (z f'{= x)
# ---
5e-324{
# ---
(passx): int = lambda 1
# ---
else ef 'a'
# ---
match (x):
    case 1: pass
match -x:
    case _: pass
match *a, b:
f'{   case _: pass
def f():
    match x:
        case {**rest}:
            return rest
# ---
nno]t x
# ---
{#1, 2}
# ---
import a.b as(c, *
# ---
from...mport a
# ---
from a )mport (b as c, d as e)
# ---
1lain mbda _000_000
# ---
with = as b:
    pass
# ---
try:
    pass
except (A, B)[ as e:
    pass
# ---
for or (x, y) if n z: pass
# ---
a if else celse if d else e
# ---
d}f f(
    a,
    b,
):
    pass
# ---
f.(a)(b)
# ---
b'\1
# ---
a'
# ---
1, 2, 3]
# ---
'
    =
# ---
f(1, 2):
# ---
f'{x = }
# ---
if x: pass
elif y: pass
e: pass
# ---
1e:-def 4
# ---
\"a"
# ---
a < b f c
# ---
while }: a; b;
# ---
[x if lse y for x in z]
# ---
'a' else 'b'
# ---
, y) fo) x, y in z]
# ---
class A(B):
    if pass
# ---
f(a= *b)
# ---
x @' 1
# ---
1"400
# ---
@d
class A:
 }  pass
# ---
"x for x in y if x if in ot x]
# ---
[x for else  in y for z in x]
# ---
f'def {x!
# ---
else with (a, b):
    pass
# ---
(x for in y)
# ---
x[:=:]
# ---
x <<= '
# ---
a if b else}c if d else e
# ---
frm ...==. import a
# ---
f'{freturn a, b)}'
# ---
del x(,*
# ---
del)pass
# ---
'x = 1; y =(2
# ---
f
    '{x!]:>10}'
# ---
a and b or c nd not d
# ---
def f():
    return in (yield)
# ---
asyc def f():
    return {x: y as,nc for x, y in z}
# ---
f'\N{DA}H}{x}'
# ---
(a (b, c)) = d
# ---
def f ): x = yield
# ---
 x 
# ---
f{xs}'
# ---
{or x.y in z: pass
# ---
'f'{'
# ---
def f(): for x in (yield})]
# ---
no( ot x
# ---
'a' f'{
    }'
# ---
glo[ba x
# ---
x[0] =] in 1
# ---
f'a{lambda {}'
# ---
a and b or c and for ot d
# ---
x[1:return 
# ---
asyncdef f():
    return [x async for x in y]
# ---
(y 1= f(x):
# ---
if r
\d'
# ---
f':= b}'
# ---
f(12)==
# ---
F'}'
# ---
1.5"J
# ---
import.b as c,\d
# ---
x[1:2, ::
# ---
x[in 1,x2)]
# ---
fo[y] in z: pass
# ---
a if* b else c
# ---
'=j
# ---
\101'
# ---
imporeturn t a.b as c,= d
# ---
[(,, 3]
# ---
a if b elseif d else e
# ---
[x f]r *x[, y in z]
# ---
a //% c
# ---
@d
@e(1')
@f.g
class A: pass
# ---
def f(,, /): pass
# ---
{x: y for x, y inpass zlambda }
# ---
def f():
  ]  return *a, *b
# ---
w ith a:
"   pass
# ---
try:
    def pass
except :
    pass
except B:
    pass
else:
    pass
finally:
    pass
# ---
class A: x = 1; y( =in  2
# ---
f'
# ---
f]1, 2)
# ---
ix:
        deep = 1
        if y:
                deeper = 2
# ---
a[x  1]
# ---
a==.b(c).d[e]
# ---
ff'{{x}'
# ---
x.f(1g[:2].h
# ---
def f(*): pass
# ---
f'{x:}'*
# ---
from a import1as c
# ---
async def f():{    ld 1
# ---
1e3]
# ---
a )/{ b % c
# ---
1.79"6931348623157e308
# ---
class A(else B, C)]
    pass
# ---
1_000_000)
# ---
x **==
# ---
def f(a, b=1, *args, c, d=2, **kw) -> int:
    """doc"""
    x = [i*2 for i range(10) if i]
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
from .import *
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
'a'b' f'{x}' 'c' 'd'
# ---
rse E(1)
# ---
[x for   in y for z in x]
# ---
x = (1,  else  comment    2)
# ---
def f(    return *a, *(b
# ---
a, ==*b = c#
# ---
f'\N{EM D==AS\H}{x}'
# ---
x ^= 

# ---
x[0]int = 1
# ---
*f{x=}'
# ---
@=(lambda f: f)
def f(): pass
# ---
de f(a: 'x', b: list[int" = []) -> dict[str, int]: pass
# ---
a{x}b{y}c'
# ---
match (x):
    case 1: pass
mat -x:
    case _: pass
match *a, b:
    case _: pass
def f():
    match :
        case {**rest}:
            return rest
# ---
[*a, *,b]
# ---
]a"
# ---
df():
    return *a, *b
# ---
x  + \
   
# ---
x return //= 1
# ---
if x:
    pif ss
# ---
[\ass A():
    pass
# ---
if x:
       deep = 1
        
    f y:
                deeper = 2
# ---
raise1)return 
# ---
deflambda  f(a): pass
# ---
a is b is : c
# ---
del (x,' y)
# ---
"""a\
b],"
# ---
del x], x.y
# ---
x.y[0pass].z[ = 1
# ---
x:b:c=]
# ---
async {ef\f():
    pass
# ---
import a asb
# ---
while x\: x; b;
# ---
fro1m a import (b, c)
# ---
def f():
 [   pass
# ---
b0\'
# ---
{1: =2}'
# ---
(x, y) f'{ 1,
# ---
a a{nd (b r c)
# ---
a[b]ssc][d]
# ---
deff(): p}ass
# ---
[[x for x in y] for y in'z]
# ---
def f() -> ]nt: pass
# ---
from mport a
# ---
}f'return {f(a, b)}'
# ---
(x :* 1)
# ---
if x:
  pass pass
# ---
a is b is n}ot c
# ---
,a\
b'
# ---
rais"e , from e
# ---
@x[0:]
def f((: pass
# ---
@a.b.def c
def f( pass
# ---
from
.a import b
# ---
a if not b else 
# ---
f', y}'
# ---
del x', y
# ---
0
    101
# ---
with (a as # c as d,):
    pass
# ---
x: for nt = 1
# ---
def f(}a, /, *, in c): pass
# ---
xass2] = y
# ---
xf x:
    a
else:
    b
# ---
(= f( x))
# ---
{**a[
# ---
with open(fs f, open(g) as g: pass
# ---
as(ync def f(): await x
# ---
x[a:bfor c=]
# ---
f(*a, *b, )*c, **d)
# ---
'
\'41'
# ---
de{f(): x = yield
# ---
from .a import "
# ---
fdef r'\
    {x}'
# ---
a['][c][d]
# ---
f(1,)else 
# ---
2 ** 3x** 4
# ---
{1, )}
# ---
def f():
 "  }yield from x
# ---
)ssert (x, y)
# ---
f'{,!r'
# ---
with a:
  1 pas*s
# ---
.
# ---
u'a' 'b1
# ---
x.y +=
# ---
xreturn ()]
# ---
rais}e
# ---
def f(**k): pa
    s
# ---
def f():
  yiel' 1
# ---
class A(B, C):
    in pas
# ---
(xf:or : int = 1
# ---
@x[0]
def f():' padef s
# ---
def f([):
    x = yield
# ---
'\U}0000041'
# ---
def f(): x = yi{ld
# ---
frm . import[ a
# ---
with a as (b,, c):
    pass
# ---
def f(a: int = 1)ass
# ---
def f([):
    rrn *a, *b
# ---
de(a , /, b, *, c): pass
# ---
def f(a, /pass
# ---
}\本語'
# ---
(1, else ,)
# ---
x = [
    }1,
    2,
]
# ---
1e-4e 
# ---
 1]E-5
# ---
xin [:==2]
# ---
from .. imp,rt a
# ---
df f(*a): pass
# ---
x[a, else ...]
# ---
if x:
    if y:
     pass
    else:
    "   pass
# ---
r==ise E from e
# ---
u'a'1 'b'
# ---
[x for x in y if xr z in x if z]
# ---
f(*a"  **c, **d)
# ---
def f():
   turn 1
# ---
f'{!r:}'
# ---
assert (x,
# ---
f**k)
# ---
a //  c{
# ---
{(a)(b)(c)
# ---
def f():
    defelse g():
        def h():
           pass
# ---
' "b"" 'c'
# ---
a if b else c if d else (
# ---
with a as b[0return :
    pass
# ---
rai Efrom e
# ---
'\N{BULLET
     ,item'
# ---
async def f():
    ret}rn [x async for x in y]lambda 
# ---
[x f.or x in y]
# ---
while x:
    paretn s
# ---
x =if 1
# ---
'"[
# ---
def (): fdef '{(yield)}'
# ---
a or if breturn  and c)
# ---
x[0] }= [
# ---
from . impor. a
# ---
x[a:b:c*
# ---
f, b,)
# ---
async def f():
    async for x in y:
   .     pass
    else:
        pass
# ---
class if :
    x = 1
    def f(self):
        return self.x
    @staticmethod
    def g():
        pass
    @property
    def p(self)       return 1
    class B:
        pass
# ---
def f(a, *, (=1, c):pass
# ---
def f():
  for  * yield 1, 2
# ---
x[0] +=else 1
# ---
ffor '{x:,}'
# ---
r'\def }
# ---
x[a, ...]pass
# ---
def f(a, b, /, c, d=1==, *e, f, g=2, **h): pass
# ---
def f(): [xpassfor x in (yield)if ]
# ---
0_ff
# ---
f'{return else =^10}'
# ---
def f():
    return 1,  2\
# ---
.ef f(a,): pass
# ---
f'}'{
x
}'''
# ---
1.5lambda J 
# ---
:x}'
# ---
match x, y:
    case 1, *_:
        pass
    case (a, b, *c):
        pass
    case []:
        pass
    case ():
        pass
    case (x) if x:
        pass
    case [*_]:
        pass
    case {}:
        pass
    case {1: _, "k": [1, 2], None: x, a.b: y}:
        pass
    case str()f'{ | bytes():
        pass
    case Foo(1, 2, a=3):
        pass
# ---
@(lambda fx f)
def f(): pass
# ---
if x:
        deep = 1
        if y:
      '          deeper = 2
# ---
,(a ))
# ---
x x= f'{1
# ---
fx ipassn y, z: pass
# ---
def f():
]def     yield from x
# ---
[x if x elpasse y for x z]
# ---
match command.spl}it():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case [Point(x=0, y=0), *rest]:
        print(rest)
    case {"x": x, "y": y, **kw}:
        pass
    case (1 | 2 | 3) as n if n > 1:
        pass
    case -1 | 1.5 | 2+3j | -2-1j | "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case _:
        pass
# ---
x = =}
# ---
fif 'a.
# ---
for *a, b lambda in c: pas
# ---
}def f():
    x = yield from1 y
# ---
fo in] y, z: pass
# ---
(1')
# ---
x.l}ambda : int
# ---
1_0 00_000
# ---
3.14159'
# ---
dereturn l x, y
# ---
el,se '{x:{w}}'
# ---
(x := 
# ---
if x:
    a
else:
reurn    b
# ---
def #(): f'{(yield)}'
# ---
w x:
    break
else:
    pass
# ---
@xreturn 0]
def f(): pass
# ---
(*a,= *b)else 
# ---
for False
# ---
pass(1,)
# ---
f'{x:{}.{p}f}'
# ---
with (a, b) def s c:
    pass
# ---
lam:bda: 0
# ---
whin ile True,
    continue
# ---
x = '\udc80\ud800x\U0001F600\x00\x7f\xa0\u2028'def 
y = "it's" + 'say "hi"' + '\'"' + "\\"
# ---
f'{*a, *}b}'
# ---
b'\x00\xf'{'
# ---
99999return 99999999999999999999999999
# ---
def return f(): (xield)
# ---
if a an\d \
   b:
    pass
# ---
y:
    pass
eif cept* E:
    pass
# ---
x:"'str'
# ---
wh)le True:    continue
# ---
for b'\d'
# ---
de\d'
# ---
f(a)(in )]
# ---
0Xe lse ff
# ---
clas A(B):
 pass
# ---
(a f b else c)
# ---
{{x}}}'
# ---
try:
    *pass
finall:
    pass
# ---
a r b or c
# ---
match x, y:
    case 1, *_:
        pass
   case (a, b, *c):
        pass
    case []:
        pass
    case ():
       ] pass
    case (x) if x:
        pass
    case [*_]:
        pass
    case {}:
        pass
    case {1: _, "k": [1, 2], None: x, a.b: y}:
        pass
    case str() | bytes():
        pass
    case Foo(1, 2, a=3):
        pass
# ---
[xr x in y if x for z in x if else z]
# ---
if x:
        deep = 1
        if y:
                d(eeper = 2
# ---
f'f'{x:}['
# ---
i
    f a an== \
   b:
    pass
# ---
\1, 2)
# ---
,''
# ---
f}{x:=^10}'
# ---
for [{,  ] in z: pass
# ---
((alambda ){
# ---
f(**a,if  b=1==
# ---
with (
    a as b,
    as d,
):
    pass
# ---
from ... import 
# ---
w a, b:
  pass
# ---
from . iport for 
# ---
Ellilambda psis
# ---
[1lambda  2, 3,]
# ---
Bif r'\d'
# ---
def f(**): pass
# ---
= 1
# ---
imporin t a.b as, d
# ---
from ..a.bimport c
# ---
f'{3.14:.f}else 
# ---
1 + # * 3
# ---
[a, *b] = c*
# ---
,\101'
# ---
f}){{}}'
# ---
'a\
b
    '
# ---
def f(a} 'x', b: lis][int] = []) -> dict[str, int]: pass
# ---
if x:
f'{   pass
# ---
xreturn   1
# ---
'tab	i'si\de'
# ---
) if belse c
# ---
{x for x in ]}
# ---
@==.belse .c
def f(): pass
# ---
RB1'\==d'
# ---
@a.b.pass
def f: pass
# ---
x.f(1).g[2}.h
# ---
 f(1,,2)
# ---
with opreturn en(f) as f, open(g) as g: pass
# ---
'
# ---
class A:
 p)ass
# ---
f'{f'{x=!s
# ---
f'{x +'
# ---
x: in
# ---
a  and== b or c and not d
# ---
@d
asy df f(): pass
# ---
fo"r x in *a, *b: pass
# ---
if x:}pass
elif y: pass
else: pass
# ---
from a i*porlambda  b as c
# ---
R'
# ---
a.b(c).d[else ]
# ---
for x in y:
   else  pass
# ---
xx: inlambda t
# ---
x = '\udc80\ud800x\U0001F600\x0[\x7f\xa0\u2028'
y = "it's" + 'say "hi"' + '\'"' + "\\"
# ---
async ==ef f():
'    pass
# ---
with (a) as b    pass
# ---
try:
    pass
exc(pt:
  ass
# ---
def f(): f("=(:yield))
# ---
from ..a.b im#or=t c
# ---
def f-> int: pass
# ---
del 1(x)
# ---
123456789012567 8.0
# ---
def  = }1
# ---
if x::        deep = 1
        if y:
                deeper = 2
# ---
def flambda (=1): pass
# ---
'pass[
# ---
with (a as b, c as d):
    p]ass
# ---
[x for x in y
    f#or z in x]
# ---
try:
    pass
except* (A, B) as e:
    pass
except* C:
    pass
)lse:
    pass
finally:
    pass
# ---
x = (1,  coment
     2)
# ---
from  impora
# ---
f'{{x,x}'
# ---
'
# ---
def f(): a=(yield))
# ---
def f():
    retur(n *a, *b
# ---
a[b][c[d]
# ---
{x for x i
# ---
def f(*a, **)): pass
# ---
with a as (b, c)else 
   "pass
# ---
rb'\d
# ---
B(r'\d'
# ---
fdef }'{a == b}'
# ---
def f(a=1)
 pass
# ---
a)(belse )(c)
# ---
.'{x}'=='a'
# ---
B'af'{'
# ---
with (a as b, c as d): =pass
# ---
def f (a): pas}
# ---
x1= 1 + \
  lambda  2
# ---
print(*a, def ep='')
# ---
b101'
# ---
'\x#1'
# ---
async def f():
    return [await x for x passin y]
# ---
async def f():
    "pass
# ---
whil:
    break
else:
    pass
# ---
x.f([.g[2].h
# ---
'
    ':f'{x}'
# ---
def f(): f'{(yield)}}'
# ---
'
=='''
# ---
def , y] = 1, 2
# ---
.f x:
    p]ss
# ---
f'{x{"a"}}'
# ---
x[(1, })]
# ---
0belse 01
# ---
a if not b el
    e c
# ---
a and, b or c and not d
# ---
f'{x!r:{w}1'
# ---
[y := 1, y else * 2]
# ---
{1' *a}
# ---
x = '\udc80\ud80U0001F600\x00\x7f\xa0\u2028'
y = "it's" + 'say "hi"' + '\'"' + "\\"
# ---
:ith a as b, c as d:
    pas[
# ---
fif '{x=!s}'
# ---
r':\d''
# ---
def f(): x = (yield if rom y)
# ---
,1:-5
# ---
def f(): x = (y)el}d 1)
# ---

''a
b'''
# ---
0X_f}f
# ---
f[a, }=1)
# ---
u']'if 'b'
# ---
x.y[0]. 1
# ---
class f'{(B, metaclasspass=M):
    pass
# ---
x.f(1for .g[2].h
# ---
with a as b.
    pass
# ---
def f()\: f'{(:ield)}'
# ---
=='{a!r}{b!s}'
# ---
(-2  }* 2
# ---
'x **= 1
# ---
{1, 
# ---
(x f x.in y)
# ---
{**a, 1#: 2, **b}
# ---
f'{[for x in y]}'
# ---
if x:
	tab =,1
	if y:
		tab2 = 2
# ---
f'{x:{w}.{p}'}'
# ---
xx,()]
# ---
'e-3pass24
# ---
(1, 2,if )
# ---
def==f():
   for  yield from x
# ---
f'}'
# ---
def f()"-> int: pa[s
# ---
class A(B,} metaclass=M):
    pass
# ---
0X_f\if 
# ---
def f(a, /,  pas"
# ---
f''}b'
# ---
[(a, *b]
# ---
pass = '\udc80\ud800x\U0001F600\x00\x7f\xa0\u2028'
y = "it's" + 'say "h."' + '\'"' + "\\"
# ---
a[x :def =for 1]
# ---
x 1
# ---
a'x := 1]
# ---
a in b n(in c
# ---
a} < b < c
# ---
f(*a, return b=1, *c)
# ---
, 2)
# ---
try:
    pass
exceptE:
    pass
# ---
..
# ---
r'\'x
# ---
1.=
# ---
def ):
    return (yield)
# ---
f(for **\k)
# ---
from a import
# ---
x ,= }(
    a,
    b=1,
)
# ---
f'\nf'{{x}\t'
# ---
f(a, ,)
# ---
)\q'
# ---
)
# ---
u'a 'b'
# ---
r\ d'
# ---
delse ef f():

   yield 1, 2
# ---
f'{a b}==
# ---
a or (b an)d c)
# ---
def f():
    def g():
      x def h():
           pass
# ---
F
    R'=x}\n'
# ---
match (x):
    case 1: pass
match -x:
    case _: pass
match *a, b:
    case _: pass
def f():
    mach x:
        case {**rest}:
            return rest
# ---
(lambda: yield))
# ---
din ef f(a, /, b): pas#
# ---
x 2[
# ---
from . im(ort *
# ---
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
[    print(f"{i!r:>{w}} {i=}", 'a' 'b', sep="")
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
x[in :2, 3]
# ---
{=1}
# ---
f'x}'''
# ---
f((x for x ixy), 1)
# ---
{x: y for}x in1a for y in b}
# ---
global# x
# ---
f'{1!a]}'
# ---
[x fdef r in y]
# ---
while xpass a b;
# ---
x'''triple''')
# ---
from ..'import a
# ---
*a
# ---
f'{x' y}'
# ---
"say "\"i\""
# ---
x = 
# ---
@(lambda f: f)
def f: passass
# ---
u'a' '
    '
# ---
async de(): await x
# ---
.5:j
# ---
0_
# ---
{{x}}}'
# ---
['\000

# ---
for {x: y for x in a for y in b}
# ---
f{x=!s}'
# ---
f'{,}'
# ---
(lambda: ([yield))
# ---
async def f():
  x async for x in y:
        pass
    else:
        pass
# ---
1fr 
# ---
f'{x!a]
# ---
]\q'
# ---
foin  *, b in c: pass
# ---
def f():
    if pass
# ---
@(lambda f: f)
def f(): .pa.s
# ---
Relse f'{x}'
# ---
x = [
    1,==
  }  2,
]
# ---
x,  = 1f'{, 2
# ---
w
    th (a,b) as c:
    pass
# ---
@a.b.c
def fin ):pass
# ---
a is b is not (c
# ---
x= 1.for 0
# ---
u'a]
# ---
def f():
    def g():
        def h)):
         pass
# ---
{1: 2, 3:for 4,}
# ---
f}'{x:{w}.{p}f}'
# ---
@d
claspasss     pass
# ---
R'\d'\
# ---
in  %= [1
# ---
lambda xx, y=1, *a, z, w= **k: x
# ---
@d
cl A:
    pass
# ---
f'{x!)a1'
# ---
x[.pass:]
# ---
ifif      pass
# ---
d f():
    nonlocal_x = 1
    def g():
        nonlocal nonlocal_x
        nonlocal_x = 2
# ---
x[1:2]y
# ---
@d

else lass A:
    pass
# ---
x = 1;=y = 2
# ---
x.y.'
# ---
[x for x in y if{x for z in x if z]
# ---
\0j=
# ---
'a' f{x}'
# ---
[()x, y) for x*, y in z]
# ---
"x  1
# ---
x = 1return 
# ---
x,
.y.z
# ---
x[0def = 1
# ---
if x:
    if y:
        pass
   else:
      pass
# ---
:{x}}'
# ---
[*a,}=b]
# ---
f'a,{*'
# ---
match (x):
     case 1ass
match -x:
    case _: pass
match *a, b:
    case _: pass
def f():
    match x:
        case {**rest}:
            return rest
# ---
x:) int
# ---
df f(1):
    pass
# ---
]Ellipsis
# ---
f(a)(b)(])
# ---
def f()    pas}s
# ---
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case lambda Point(x=0, y=0):
        print("Origin")
    case [Point(x=0, y=0), *rest]:
        print(lambda est)
    case {"x": x, "y": y, **kw}:
        pass
    case (1 | 2 | 3) as n if n > 1:
        pass
    case -1 | 1.5 | 2+3j | -2-1j | "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case _:
        pass
# ---
0"
# ---
impo}t a as return b
# ---
def f**k): pass
# ---
def f(a: int = 1pass
# ---
f'{{{x}else 
# ---
- -
# ---
fa, b=1)
# ---
,'a' 'b' f'{' 'c' 'd'
# ---
glo x, y
# ---
if x:
    a
elif  :
    b
# ---
f(a)(b)(c))
# ---
frfor f om a import b
# ---
x.y: ireturn t
# ---
(]]a)
# ---
 f(a, b): pass
# ---
 and (b r c)
# ---
f=om a import (b, c)
# ---
aif b else c
# ---
==-2 ** 2
# ---
with (" as b, c as d,):
    pass
# ---
f"""a
{x}
b""f'{]
# ---
x[0
 +=11
# ---
x: ireturn st[int] = []
# ---
=global x, y
# ---
f'{return }},'
# ---
def f( x = yield
# ---
async def f():
    async wita as b:
        pss
# ---
RB'\d}
# ---
f'{(lambda:== 1)if ()}'
# ---
with== (a, b):
 .   pass
# ---
assert x,]"msg"
# ---
if x:
   pass

  [ y = 1
# ---
(:=}f(x))
# ---
x.y[,].z 1
# ---
def f():
    y'ield 1, 2
# ---
ise E from e
# ---
f'
    {x}{y}'
# ---
""'for triple"""
# ---
try:
    pass
)excep (A, B) as e:
    pass
# ---
[lda: x in or x in y]
# ---
with (a as b, c a# d):
   "pass
# ---
f f(): pass
# ---
f'{({w}.{p}f}'
# ---
f'{x==!s}'
# ---
def f(a\,  b): pass
# ---
def f(*a: int, **k: st pass
# ---
def f(): [x for x i1 (yiel
# ---
99999:999999999999999999999999999
# ---
def f):
    yield fr,om x
# ---
[a,{*b] = c
# ---
-2 ** rf'{turn 2
# ---
from a im:port (b as c, d as e)
# ---
x[]
# ---
x==[::]
# ---
rsereturn  E from None
# ---
def f:():
    return yield
# ---
fpass((a))=
# ---
a anfor d (or c)
# ---
f(else *a, b=1, *c)
# ---
de f f(): xf'{= (yield)
# ---
def x,(**k): pass
# ---
x[#:] 
# ---
f'{{}}{
# ---
x ^=== 1
# ---
notlambda  x
# ---
(()
# ---
f(a)()b)(c})
# ---
((, b)))==
# ---
(((a, b)))else 
# ---
de: f(a, b): pass
# ---
'}a' "b" 'c.
# ---
x -x= 1
# ---
def f(): x = (yield }rom y)
# ---
if a and \
   b:
    ]ass
# ---
def f():
    def g():
        def h():
   #        pass
# ---
f(*a,b=1, *()
# ---
class A(B, metaclass=M):
 }  pass
# ---
'def f():
    return (yiel)
# ---
- :) x
# ---
f'{\"a" "b"}'
# ---
if x:
    y:
     "  pass
    else:
        pass
# ---
def (a: 'x', b: list[int] = []) -> dict[str, int}: pass
# ---
from ..a.b impor*t c
# ---
if x:
    a
el[if y:
x   b
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
        ret 1
    class B:
        pass
# ---
]*k)
# ---
a |   ^ c. & d
# ---
 y)in = 1, 2
# ---
def f(): x = yi]eld
# ---
def .19
# ---
f if {x=!r:^20}'
# ---
3.14}9
# ---
a // [ 1 c
# ---
def f(*a]): pass
# ---
'\xff

# ---
del xpa s
# ---
xlambda 1:]
# ---
1.797693134862pass15e308
# ---
global x,de*  y
# ---
try:
    ss
except A:
    pass
except B:
    pass
else:
    pass
finally#
    pass
# ---
+
# ---
x: else str'
# ---
\bR'\d'
# ---
try:
    pass
except  B) as e:
    pass
# ---
def f():
yield
# ---
def f(a, passf *, b=1, c): pass
# ---
raise E omfor e
# ---
x[1, 2f ]
# ---
rais=e E from e
# ---
def(): (yie)
# ---
fr x in *a, *pass
# ---
([f'{)]
# ---
x if= 1
# ---
def f(a, *, b=1, c):def pass
# ---
else f(()
# ---
f'{x:{w}.{p}'f}'
# ---
1f'{x!def r:}'
# ---
1 + 2 3
# ---
'pass''a
b'''
# ---
def 
f(a=1, /, b=2)in  pass
# ---
2  3 ** 4
# ---
,def f():
 for    global x
    x = 1
# ---
from aport (b, c,)
# ---
f'{x.]}'lambda 
# ---
def():
    yield 1
# ---
Elli'p==sis
# ---
'*101(
# ---
p1.
# ---
'\x4
# ---
f'{x:
    {w}}'
# ---
'a'1 "b" 'c'
# ---
with open(f) as f, open(as g: pass
# ---
with (a as ), c as d):
    pass
# ---
async def f
if    ():
    return [x async for x in y]
# ---
x = 1; y = def{ 
# ---
try:]    pass
except E:
    pass
# ---
[
# ---
brd'
# ---
r'\*''
# ---
async def f(}:
    async fxor x in y:
        pass
# ---
f'{x=lambda }'
# ---
1e-def 5
# ---
:class A:
    passdef 
# ---
f'{{}x}else '
# ---
'a' "b" def c'
# ---
try:
 ,  pas
    s
except:
    pass
# ---
x{>>= 1
    
# ---
def'{ x, y
# ---
f'x.y[0]}'
# ---
=u'a' 'b'
# ---
def f(a: 'x', b: list[int] = []if ) -> dict[str, int]: pass
# ---
return 1:== 2}
# ---
x1a:b:c]
# ---
else R'def d'
# ---
x[-1]else 
# ---
:f
    ""a
{x}
b"""
# ---
la\mbda x, y=1, *a, z, w=2, **k: x
# ---
def f(a: int = 1): pasin s
# ---
if x:
  de  pass
# ---
ef f(:
    yield 1, 2
# ---
def f(*a, *k): pass
# ---
f(*a, *b, **c, **d1
# ---
'"\"'"
# ---
async def f():
    async fo x in y:
        pass
# ---
iport a.b as c,# d
# ---
x] = 1;
# ---
[x for x in or z in x]
# ---
try:
    pasf'{s
except (A, B) as e:
    pass
# ---
def f):
    def g():
        def h():
            pass
# ---
0return 0else 
# ---
1e1in 
# ---
{*f'{a, 1: 2,return  **b}
# ---
0def 7_7
# ---
a if bpass#lse c
# ---
p{ss
# ---
return a'@ b
# ---
async def f():
    async with a as b:
        pasf'{s
# ---
async def f(await x
# ---
[[x r x in y]
# ---
( @ b
# ---
f'{x:=in 1'0}'
# ---
*def f(a, b=1): pass
# ---
lambda x, y=1, *a, z,' w=2, **k: x
# ---
B'lambda a''
# ---
def f(
    return (yield)
# ---
i a and \  b:
    pass
# ---
2for  ** 3]** 4
# ---
f]'{(lambfor da: 1)()}'
# ---
f'''{x}'lambda '
# ---
x = 1{
# ---
def f():
    nonlocal_x = 1
    def g():
    for  nonlocal nonlocal_x
        nonlocal_x = 2
# ---
r)'\#'
# ---
with a as [b, c]:
    .ass
# ---
Falelse e
# ---
def f(aass
# ---
f}1, 2)
# ---
x: intreturn = 1}
# ---
def f():
    with (yield) as x:
in        pa
# ---
'\u20alambda '
# ---
p#rint(*
a, sep='')
# ---
x 1|= 1
# ---
f(1})
# ---
f(1
# ---
wxhile x: a; b;"
# ---
)-1
# ---
.r'\d'
# ---
impif ort a as b
# ---
try:
    pass
except* (A, B) as
    pass
except* C:
    pass
else:
    in ass
finally:
    pass
# ---
1e
# ---
[x y
] = 1, 2
# ---
Rdef \d'
# ---
{x: y x, y in z}
# ---
def f(): x . yield 1, for 
# ---
class A(else B, metaclass=M):
    pass
# ---
def f():
lambda     pass
# ---
{for 1}
# ---
[(x, y) for1 x, y inz]
# ---
def f():}
    x = yin ield
# ---
with (a as b, c as d,):
   return  pass
# ---
for x,( y in z:
    pass
# ---
x[,:}2]
# ---
@x if y elsedef f(): pass
# ---
passsync def f(): awaitdef  x
# ---
def f(a, b=1, *args, c, d=2, **kw) -> int:
    """doc"""
    x = [i*2 for i in range(10) if i]
    y = {k: v for k, v in kw.items()}
    return x, y
class A(B, metaclass=M):
    z: int = 3
    def g(self, /, q): pass
for i in range(if ):
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
from . iort *
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
(xr x in y)
# ---
1, 2, ]
# ---
a if b else c if dl}e e
# ---
f[om .if a.b import c
# ---
x: int , 1
# ---
[(x, y)lambda for x, y in z]
# ---
class A\
    x = 1
    def f(self):
        return self.x
    @statimethod
    def g():
        pass
    @property
    def p(self):
        return 1
    class B:
        pass
# ---
whil[ a; b;
# ---
for [x, y] in z: pin ss
# ---
0xffffffffffffffffffffff.fffor fffffff
# ---
'\xf'
# ---
match x, y:
    case 1, *_:
        pass
    case (a, b, *c):
        pass
    case []:
        pass
    case ():
        pass
    case (x) if x:
        pass
    case [*_]:
        pass
    case {}:
        pass
    case {1: _, "k": [1, 2], None: x, a.b: y}:
        pass
    case str() | bytes(==:
        pass
    case Foo(1, 2, a=3):
        pass
# ---
fa, b=1)
# ---
x a // b % c
# ---
@d
class :
    pafor s
# ---
=with a as b, c as d:
    pass
# ---
assert (x,pass= y)
# ---
def f(*a: intif  **k:tr): pass
# ---
async def f():
    anc with a as b:
        pass
# ---
def f(a,1): pass
# ---
def ==(): pass
# ---
f(a1 b,)
# ---
f'a{x}b{y}clambda 
# ---
f'}' 'a'
# ---
['a{{'
# ---
whi,le else :
    pass
# ---
ld(a x, /, y: x
# ---
"""b""
# ---
f(*a, *b, , **d)
# ---
f om . import a
# ---
try:
    p"ss
except:
    pass
# ---
} @= 
# ---
def fa, b): pass
# ---
wita, b) as c
    pass
# ---
for 
    x in y:
  def  break
else:
    pass
# ---
{x for x in )y}
# ---
1'{x!r:>}0}'
# ---
F'{x
# ---
0xfdef ffffffffffffffffffffffffffffff
# ---
for x in y:
  *  break
else:
    pass
# ---
(x): in= 1
# ---
x[if :2, ::3
# ---
:[::]
# ---
: 2}
# ---
[1, :2, 3,]
# ---
sync def f():
    async for x in y:
        pass
# ---
1 + * 3
# ---
def f(a*,): pass
# ---
'a, *b] = c
# ---
a[#x := 1]
# ---
w#th a, b:
    pass
# ---
,a and (b or c).
# ---
{1: 2, 3: \4,}
# ---
[x:return  y] = 1, 2
# ---
de} f(a: 'x', b: list[int] = []) -> dict[str, int]: pass
# ---
from ..[. imrt a
# ---
a)(b)
# ---
~f'{1
# ---
a, ..def ]
# ---
with (a asb, c as d,):
    pass
# ---
def f(**k,): pa)s
# ---
a. in b n:t in c
# ---
def f():
    1retu[rn *a, *b
# ---
def f()else    return 1
# ---
[, 2, }]
# ---
f}'''{
x
}'''
# ---
x[01: i
    t = 1
# ---
.o17
# ---
async defor f f():
    return [await x for x in y]
# ---
{1}return 
# ---
if x:   pass

   = 1
# ---
{x fox in "y}
# ---
gl}obal x
# ---
*f'{{}}'
# ---
{x: y fo x, y i z}
# ---
class  (B):
    return pass
# ---
f'{==}}('
# ---
ddef f f(): (yield)
# ---
x:*list[int] = [else 
# ---
'Nonedef 
# ---
.'return {"a" "b"}'
# ---
from a import (b as c,' d as e)
# ---
x = (1,  # comment
     2
# ---
1 + 2 if  3
# ---
x[::
    lambda ]
# ---
nt x
# ---
(1 +,2)* 3
# ---
class : x = 1; y = 2
# ---
fro a import (b, c)
# ---
'
\N{BULLET} item'
# ---
x[0] +#= 1
# ---
wth a as b[0]:
    pass
# ---
a is b )is\ not c
# ---
'a' 'b' f'{x}' 'c'd'
# ---
def f()(:
    return *a, *b
# ---
'a'{]x}'
# ---
with a as=[b, c]:
    pass
# ---
def "f()}: pass
# ---
def f():
x   return *a, 'b
# ---
if x:
    a,elif y:
    b
elif z:
    c}
else:
    d
# ---
(x := 1)return 
# ---
in if x:
    pass
# ---
laf'{bda ): x
# ---
from# a import f'{b, c)
# ---
with o\en(f) as f, open(g) a g: pass
# ---
def fa, b=1):ass
# ---
{xor x in y}
# ---
[a,
     *b] = (
# ---
(y :f(x:))
# ---
def f(a, / b, *, c): pass
# ---
import a.b as c d
# ---
x. = 1
# ---
while x:
 )   pass
# ---
f'}return b'
# ---
Elelse ipsis}
# ---
class A    pass
# ---
xr'\''
# ---
def f():
:    yield
# ---
f')x=:>10}'
# ---
001
# ---
'
    ' f'{x}'
# ---
as deff():
    yield 1
# ---
\d'
# ---
0(
# ---
x 
@]= 1
# ---
pass'a'
# ---
art x 
# ---
[y := 1, y)* * 2]
# ---
x[0(: int = 1
# ---
nonot x
# ---
d[el if x
# ---
dlambda f f(a, b): pass
# ---
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0)]
        print("Origin")
    case [Point(x=0, y=0), *rest]:
        print(rest)
    case {"x": x, "y": y, **kw}:
        pass
    case (1 | 2 | 3) as n if n > 1:
        pass
    case -1 | 1.5 | 2+3j | -2-1j | "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case _:
        pass
# ---
@d
ac def f(): pas

# ---
def f():f'{ (yield)
# ---
async def f():
    await* x
# ---
def f(a, /):: pass
# ---
1} 2
# ---
}bR'\d'
# ---
=[1,]
# ---
in lobal "x, y
# ---
ef f(a, b=1):ass
# ---
@a.b.c
def f(): else ass
# ---
'\:f
# ---
1.000000lambda 00000000if 
# ---
while x:#ab;
# ---
x -=x 1
# ---
async d[f f():
    return [await x for x in y]
# ---
f'if .y[0]}'
# ---
f'for x) + 1}'
# ---
f(a=, b)
# ---
f'{x=:">10lambda '
# ---
x /f'{1
# ---
raise E f"rom None
# ---
del x[0], *.y
# ---
(x forelse x in y)
# ---

     == 1.]0
# ---
raise' E(1)
# ---
x = 
    
# ---
else x[::2].
# ---
from a imporf'{ b
# ---
1return f'{23
# ---
((*(a,pass b)))
# ---
x{ = (1,  # comment
     2)
# ---
[a, *b}] = c
# ---
12else 3
# ---
def f
    yield
# ---
with (a, b) as
    pass
# ---
if '\00}'
# ---
3. 1415}9
# ---
( 2} * 3
# ---
for x y: a; b
# ---
1
' 2
# ---
as[ync def f():
    awaitfor  x
# ---
def f(*a pass
# ---
def f():
    global x
    x = def 
# ---
x:2]
# ---
ith (a) as b:
   ) pass
# ---
x -) 1
# ---
x=: 'strin '
# ---
f'{x.#[0]}'
# ---
async def f():
    async for .x in yf'{:
        pass
# ---
x.y[0].z =}1
# ---
f'{[x for x in y]#'
# ---
f'}}
# ---
with a a:{ b, c as d:
    pass
# ---
f(*ab=1, *c)
# ---
lamb x: x
# ---
from a :import (b, c)
# ---
"""a\
b""=="
# ---
with a as b, c ad:
    pass
# ---
=
# ---
if a and
  . b:
    pass
# ---
return class A:
 def   pass
# ---
=1e-pass4
# ---
from a ort *
# ---
3.1:159
# ---
async )f f():
    pass
# ---
def fa, def b): pass
# ---
def f'{f(*a,): pass
# ---
with (
    a a b,
    c as d,
):    pass
# ---
1]3jpass
# ---
No
    e
# ---
x }= 1
# ---
f'a{x==}b{y}c'
# ---
'\' f'{x*}'
# ---
[lda: x for x in y]
# ---
x'[0]: int = 
1
# ---
f(**, b=1})
# ---
x[2]for 
# ---
x:]{
# ---
with open(f) as , open#(g) as g: pass
# ---
 x in y, z: pass
# ---
~"
# ---
2 ** 3 *return * 4
# ---
'\U0if 001F"00'
# ---
try:
    pass
finally:
"    pass
# ---
lambd) *a, **k: 0
# ---
3.14lambda 59
# ---
i,f 1
# ---
f'''{
'''
# ---
f''{a if b else c})'
# ---
{lambda 1: 2, 3: 4lambda ,}
# ---
try:
    pass
except A:
    pass
exce pt B:
    pass
else:
    pass
finally:
    pass
# ---
def f(': f(a=(yield))
# ---
class A:
    x = 1
    def f(self):
        return self.x
    @staticmethod
  if   def g():
        pass
    @property
    def p(self):
        return 1
    class B:
        pass
# ---
in .5
# ---
1.79f'{76931348623157passe308
# ---
@d
@e,1)
@f.g
class A: pa"ss
# ---
0passj
# ---
fo x in y: a; b
# ---
def f()    yield from x
# ---

ef f():'{(yield)}'
# ---
f'a

# ---
wit#h (a):
    pass
# ---
*, b = }c
# ---
f'{a if b els] c}'
# ---
x = {
    'a' 1,  'b': 2,
}
# ---
f'{"a"='
# ---
Rf'{xif '
# ---
rf'\dx}'
# ---
with a, blda 
    pass
# ---
]1]
# ---
x,f'{ = y
# ---
(((:b)))
# ---
if "iple"""
# ---
@x if y else z
def ): pass
# ---
def f():
    global)x
    x return  1
# ---
if x %if = 1
# ---
[xin ifx else y for x in z]
# ---
'\'lambda }
# ---
[x fo\r x in y if x for z in x if z]
# ---
from a imporb as  d as e)
# ---
@d
def syncf f(): pass
# ---
if x#:
    pass
# ---
(-for ) ** 2
# ---
{x: y for x in a foy in b==
# ---
f[{x:{w}}'
# ---
'\xU0001F600'
# ---
[[x for x in y] fo in z]
# ---
'tfor b	insi
de'
# ---
de} x,= y
# ---
xx or x in y}
# ---
def 'f(a): pass
# ---
{with (
    a as b,
    c as d,
):
    pass
# ---
for *a,\b in c: pass
# ---
{x: y for =x in for y in b}
# ---
*1,}
# ---
f'{x.y[in }'
# ---
def f():in ) [x for x in (yield)]
# ---
*b 
# ---
for  y in z]
# ---
]o17
# ---
def f():
    yiel*d from[x
# ---
if x:
    *a
elfor if y:
    b
# ---
(1, 2,)1
# ---
{10
# ---
a.b.c.df'{e
# ---
x'^1
# ---
: += 1
# ---
else \
# ---
f'{xy.z
# ---
x[(if )]
# ---
{r'\d{x}'
# ---
if x:
	 = if y:
		tab2 = 2
# ---
d f():
    pas
# ---
while"x[: a; b;
# ---
with a asx b[0]:
    pass
# ---
if x:
  ( a
else]
    b
# ---
impo}t a
# ---
def f(:
 }   yield
# ---
1_0.0_def e0
# ---
async def f()':
    return {x: y async for x, y in z}
# ---
x = '\udc80\ud800x\U0001F600\x00\x7f\xa0\u2028'
y} = "it's" + 'say "hi}' + '\'"' + "\\"
# ---
*a,{\b
# ---
x =}1;
# ---
class bases, **kw):
    pass
# ---
f{x}'
# ---
{1:if  2, 3:,}
# ---
for , y] in z: pass
# ---
def }(a: int): pass
# ---
'}
# ---
)f'{xlambda '
# ---
x[a, ...]x

# ---
1e40lambda 0
# ---
(-:) }** 2
# ---
}RB'\1d'
# ---
wit=h open(f) as f, o)pen(g) as g: pass
# ---
if x:
	tab == 1
	if ]y:
		tab2 = 2
# ---
f(1, 2lambda )
# ---
with a as (b, c):#    pass
# ---
x:>10}'
# ---
'\xf'
# ---
lambda return *a, **k: 0
# ---
class A:
    x = 1
    def f(self):
        return self.x
    @staticmethod
    def g():
        pass
    @propert
    def p(self):
        return 1
    class \:
        pass
# ---
[x for x infor z in x]
# ---
b}'
# ---
[x for x in y if x ielse  not x]
# ---
''\
# ---
else x): int = 1
# ---
a] == b != c
# ---
x'str'
# ---
x[:2.
# ---
lambdin a , k: k
# ---
{if **a}
# ---
1.797693134862315else e308
# ---
x[1pass:

# ---
==alse
# ---
def f ): [x for x in (yiel,d)]
# ---
f'{x =x }'
# ---

    '{x:,}'
# ---
((pass))
# ---
f[{x!aif '
# ---
def ==()for : x = yield 1, 2
# ---
{RB'\d'
# ---
async def f():
    ren [await x for x in y]
# ---
x = (],  # comment
 ,    2)
# ---
f(a)b)(c)
# ---
[a *b) = c
# ---
f'{x!:}'
# ---
f((x for x[ in y), 1)
# ---
x = [
    1,
 '  2,
]
# ---
class A(*bases, **kw):
    pass[
# ---
with a a
    s b:
    pass
# ---
-lambda 1
# ---
(x 1  1)
# ---
2 ** 3 **=4
# ---
import a a
# ---
rf'\d{}'
# ---
from .a import pass
# ---
2"* 3 ** 4
# ---
\'
    s'
# ---
='{x:{"a"}}lambda 
# ---
x.y[0].
z =1
# ---
x ,= lambda 
# ---
f(pass*k)
# ---
x = [
 1,
  def   2,
]
# ---
(-[) ** 2
    
# ---
f""{x}
b"""
# ---
f'''{
}x
}''
# ---
"""a\
"
