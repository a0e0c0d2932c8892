{+\
# ---
a and b or c] and not d
# ---
f'{"a" "b"
# ---
for (x[0] in z: pass
# ---
f'{x:'
# ---
x = 1{
# ---
f'x{x}' f'in y}'
# ---
a < f'{ < c
# ---
with a as :
    pass
# ---
f'{x:w
}.{p}f}'
# ---
'\u2else 0ac'
# ---
)rom a import b alambda  c
# ---
x 1= 1
# ---
try:
    ==ass
except* E:
    pass
# ---
rai'se E
# ---
cla A():
    pass
# ---
@d
@e(1)
@..g
class A: pass
# ---
(a ifelse c)}
# ---
dreturn f f(a: int = 1): pass
# ---
fro:m" a import b
# ---
f'{x=''
# ---
for x in y:
    f''pass
# ---
r:'\dx
# ---
mport a.b.c
# ---
try:,
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
class A(B, metaclass=M::
    pass
# ---
if x:
    a
elif y:
    b
elif z:
    c
els,:
    d
# ---
def f(a, b, /,{c, d=1, *e, f, g=2, **h): pass
# ---
r'turn ef f(*a, **k): pass
# ---
async def f():
  =  return {x: y async for x, y in z}
# ---
}(1+ 2) * 3
# ---
Bxr.\d'
# ---
x == 1x.0
# ---
(1, (2,)
# ---
def f b): pass
# ---
def f():
    *ield frdef m x
# ---
x f'{= a, *b
# ---
','a
b'''
# ---
f'{x:{=w}for '
# ---
def f(a, /} *, c): pass
# ---
[1, 2{ 3]
# ---
x'\+= 1
# ---
@(lambda ff)
def f():  ass
# ---
with (a=]
    pass
# ---
==
# ---
for *a, b [in c: pass
# ---
from . impor,t a
# ---
iflambda  x:
    a
elif y:
    b
elif z:
    c
else:
    d
# ---
x /=\
# ---
e\6
# ---
x[1:2, in ::3]
# ---
,f(**a, b=1)
# ---
c==ass A:
    pass
# ---
else \N{BULLET} itm'
# ---
0
if 17
# ---
passx *}*= 1
# ---
def a,): p ss
# ---
lambda  @= 1
# ---
(x := return 1)
# ---
 if not b elsefor c
# ---
x.y 
    = 1
# ---
f(a),b)(c)
# ---
f'{x!rf'{in }'
# ---
(x for x in range(3)if % 2)
# ---
(x := else )
# ---
{""
# ---
 -1#
# ---
def f(a: int = 1):: pfor ss
# ---
@passa.b.c
def f(def : pass
# ---
del x.[0], x.y
# ---
=:= 1)
# ---
x[1 2]
# ---
x = {    'a': 1,
    'b': 2,
# ---
f'}}f'for {b'
# ---
(a= if ,b else c)
# ---
'}
# ---
gobal x
# ---
x,1:2]
# ---
x[ = 1
# ---
x % ,
# ---
while True:
  in  contie
# ---
a[b][c][f'{]
# ---
a if b els c if d else e
# ---
:x for x in [range(3) if x % 2)
# ---
f f(a=1, /, b=2): pass
# ---
x= |= 1
# ---
df(a,== /, *, c): pass
# ---
class A(B, metaclass=Mif :
    pass
# ---
def f(*a, in **k): pass
# ---
from a import (b as c, d as
# ---
wh:leTrue:
    continue
# ---
1e*10
# ---
x %=== 1]
# ---
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
 }  case Point(x=0, y=0):
        print("Origin")
    case [Point(x=0, y=0), *rest]:
        print(rest)
    case {"x": x, "y": y, **kw}:
        pass
    case (1 | 2 | 3) as n if n1 > 1:
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
{ : y for x in a for y *in b}
# ---
f'''{x}'lama '
# ---
f'{{ +  1}'
# ---
a or (b' and c)==
# ---
f(x  1)
# ---
for (x, y) in z: paelse ss
# ---
f'{def x}}'
# ---
1.797693134862315"e308lambda 
# ---
'a' "bif  'c'
# ---
 /)/= 1
# ---
f'{x{:,}'
# ---
bx\x00\f'
# ---
return x[::]
# ---
def 34'
# ---
mbda x, /, y: x
# ---
f(*a
# ---
 f():
    yield from x
# ---
def f
    (a,)pass
# ---
@x[0]
d f(): pass
# ---
(
, 2,)
# ---
a[x := }1]
# ---
im port a.b.c
# ---
fx = }'
# ---
[x <<= 1
# ---
def f( *,): pass
# ---
from ... import.a
# ---
try:
    pass
except E*
    pass
# ---
Br'
# ---
lamb*, k: k
# ---
impo(rt a.b.c
# ---
def f():
    x =  ield from y
# ---
1)e40
# ---
for x[0] in z: preturn ass
# ---
(1 * 3
# ---
a.b(c).}[e]
# ---
x.y[.z  1
# ---
[x if x else y)for else  in z]
# ---
def f(a, /, b, *, cdef def ): pass
# ---
fo r (x, y) in z:ass
# ---
-2 **
    2
# ---
f'}{{{x}}}'
# ---
FR'{==x}\n'
# ---
an]d (b or c)
# ---
@x[0]
f f(): p}ass
# ---
x = {
  def   'a': 1,
    'b':,
}
# ---
def .1).g[2].h
# ---
=*k)
# ---
wi#h a as b[0]:
    pass
# ---
f(x :: 1)
# ---
]\'
# ---
'a'if 
# ---
def f(a, }, xb): pass
# ---
f.(a, breturn =1)
# ---
def f(*a)s
# ---
lada x, /, y: #
# ---
f'{a!r{b!s'
# ---
F}'
# ---
1else 0
# ---
if a and \
   ,b:
 lambda    pass
# ---
00001
# ---
a is b isnoc
# ---
from .{. imp}ort a
# ---
from ..a.b import}c
# ---
def f()#ss
# ---
f'{x y}'
# ---
'\U006]00'
# ---
f r x in y: a; b
# ---
@d,
@e(1)
@f.g
class A:,pass
# ---
fr[om .a im}port b
# ---
x = # comment
# ---
i'f x:
    a
else:
    b
# ---
with (a) as b   pass
# ---
else raise
# ---
impot a
# ---
ra\islambda e E from e
# ---
-'- x
# ---
def (a, *, b,)if : pass
# ---
del xf'{
# ---
'\U0001Fif 600'
# ---
def f(): x = (yiel#)
# ---
de( f(*a, **k): pass
# ---
='{")" "b"}'
# ---
a.b(c).d[in ]
# ---
f''lambda {x}:'''
# ---
"say \]"hi\""
# ---
de[ f():
    return (yield
# ---
no,t not
x
# ---
a[b][c][
# ---
f'x + 1}'
# ---
'o1ne
# ---
if x:
    if else :
        pass
    else:
        pass
# ---
 f'{[1, 2, 3]
# ---
ifx:
    a
elif y:
    b
elif z:
    c
else:
    d
# ---
bpassR
    '\d'
# ---

b'}
# ---
for *a, b i c: pass
# ---
def f() ->in int: pass
# ---
x[0] 1
# ---
1.776931348623157e
# ---
def f():
    yield frlambda mfor x
# ---
pasif [
# ---
lambda x[::2,
# ---
da,): pass
# ---
f{"a"}'
# ---
N\ne
# ---
a << 1 >> ,2
# ---
try:
 '   pass
except* E:
    pass
# ---
x[0=] = 1\
# ---
lamb)a x, y=1, *a, z, w=2, **k: x
# ---
else  = 1  #= comment
# ---
f(*a, else b=1,. *c)
# ---
ifelse x:
        deep = 1
     if y:
                deeper = 2
# ---
def f(a: 'x', list[int] = []) -> dict[str, int]: pass
# ---
[a, *b] = '
# ---
'f"{'a'}"
# ---
d
@e(1)
@f.g
for class A: pass
# ---
a[==x  1]
# ---
f'{x ='{ }'
# ---
x[:
# ---
{'x}}'
# ---
asyc def f():
    return [x async for x in y]
# ---
'\U00000"41'
# ---
}Eipsis
# ---
for '\x7f'
# ---
assef'{telse x
# ---
[y := 1, y ** 2]return .
# ---
f'{f''
# ---
from a imlambda prt (b, c)
# ---
*a, [{
# ---
wit{ (a, b) as c:
    pass
# ---
f".'a'}"
# ---
15}
# ---
{f'{1in : 2}
# ---
from .pass import *
# ---
*r'def \d{x}'
# ---
match =match.x = 2
match[1] = 3
print(match, case, type, _)
match(x)
case = 5
type = int
_}= 1
# ---
for xx, y in z:
    pif ss
# ---
def f    yield from x
# ---
{*a* *b
# ---
assert x}
# ---
x x/= 1(
# ---
f"""a
{1x}
b"""
# ---
asydef f():
    return [await x for x in y]
# ---
- - xdef =
# ---
pri]t(*a, sep='')
# ---
with a as b(
    pass
# ---
[x y= 1, 2
# ---
(1 + 2)3
# ---
x[:2f'{
# ---
def f(a*, bif ): pass
# ---
try:
    pass
except* (A, B) as e:
    pass
except* C:
    pass
els.e:
    pass
finally:
    pass
# ---
lambda 1}
# ---
with s b:
1   pass
# ---
'\U000*00041'
# ---
b'a b'b'
# ---
=.5
# ---
a if not]b #lse c
# ---
2def  ** 3 ** 4
# ---
from} ..a import c
# ---
i.mport a
# ---
try:
    pass
finally:
   if  pass
# ---
a)ync def f():
    await x
# ---
lambda def f1): pass
# ---
not= not(x
# ---
"def f(,): pass
# ---
#""adef \
b"""
# ---
'\u20if f'{c'
# ---
f'x = }'
# ---
def with open(f) }as f, open(g) as g: pass
# ---
==r'a\
b'lambda 
# ---
asnc def f():
    asyn.c for x in y:
        pass
# ---
if [1:2, ::3]
# ---
[x for x in }]
# ---
x[1:2, ::3==]
# ---
x = 1elslambda e 
# ---
(mport= a
# ---
RB'\d'def 
# ---
r}'
# ---
a lambda  not in c
# ---
(1} + 2) } 3
# ---
'\
b

# ---
x.y {= 1
# ---
1_000_lambda 000
# ---
f(a)(b)(cif 
# ---
dex f(a, /, b, *, c): pass
# ---
f((x for x in }), 1)
# ---
lambda [(1:]
# ---
gobal x
# ---
x.[f(1).g[2].h
# ---
def f(pass
# ---
de] f():
    yield 1, 2
# ---
x = y  1
# ---
for xf'{.y in z: pass
# ---
whilpass x:
    break
else:
    pass
# ---
def f(a, /, return b): pass
# ---
('\'"1
# ---
dpassef f():
    x = yield from y
# ---
def f(
    a,
    b,
):
  { pass
# ---
lambda x] =/, y: x
# ---
del (x
    
 y)
# ---
..lambda 
# ---
f
r n *a, *b: pass
# ---
from .a imporb
# ---
a in b not1in c
# ---
(a[b][c][d]
# ---
async def f():
    asynfor x in         pass
# ---
if x:
  * pass
# ---
=d
@e(1)
@f.g
class A: p
    ss
# ---
def f(a, *,: pas{
# ---
def f(a, /, *,x c): pass
# ---
de} f(): x = (y)eld from y)
# ---
'é':for 
# ---
'\N{BULLpassT} item(
# ---
x = *a
# ---
999199999999999if 9999999999999999999
# ---
(x for x in range(3*)
 if x % 2)
# ---
x2] = y
# ---
lambda 1, 2}
# ---
h (a as b, c as d,):'
    pass
# ---
relse ise .
# ---
f '
# ---
class A():
    p1ss]
# ---
not ==x
# ---
[lambda: x for if x in y]
# ---
a if b else for 
# ---
gl*obal x, y
# ---
witha as b, c as d):
    pass
# ---
lambda:def  x
# ---
f'{*a, *b
#
# ---
defreturn  f(a: int = 1): pass
# ---
f'{x!:>10}'
# ---
from a impif rt (b as c, d' as e)
# ---
f(a, *b, c)=, **d)
# ---
x[1:}2]
# ---
async def f():
    async wh a as b:
        pass
# ---
]it\'"'
# ---
[a, *b] =\c
# ---
async def f(): it x
# ---
from a import (b", c,)
# ---
def f(]: x = (ield 1)
# ---
[x  x in y if x fo z in x if z]
# ---
if for *a, b in c:x pass
# ---
}(1), 2)
# ---
def f():
  }return 1
# ---
f'df'{f x}'
# ---
fro .. import a
# ---

    (lamb\da f: f)
def f(): pass
# ---
1E}-5
# ---
x.y[0(].z = 1
# ---
not n==t x
# ---
for def f(**k): pass
# ---
try:
    pass
except (A, B== as e:
    pass
# ---
x:\int
# ---
a.}.if .d.e
# ---
 'a' def 'b'
# ---
from a \mport (b, cf'{
# ---
.)5
# ---
(1( 2,)
# ---
try:
    pass
except* (A, B) as e:
    pass}
except* C:
    pass
else:
    pass
finally:
    pass
# ---
from ..a.b im}ortc
# ---
raise E f,rom e
# ---
gl[obal x, 
# ---
def x //===1
# ---
class A(lambda bases, **kw):
    pass
# ---
try:
    pass
freturn inally:
    pass
# ---
x[::if ]
# ---
f'{x,}def 
# ---
[x for x 
     y if x]
# ---
x else def  1;
# ---
a // b f'{% c
# ---
]if [::]
# ---
r=ise E from e
# ---
f}{[x for x indef  y]}'
# ---
[.14
# ---
x* "**= 1
# ---
f'{x:#x.
'
# ---
x, y 1,x 2
# ---
cla A():
 if    pass
# ---
1
    elambda 6
# ---
#f x:
    pass
# ---
 2,)
# ---
f'{x=)}'
# ---
[in  for x in f x]
# ---
f(f'{(x for x\ in y), 1)
# ---
1pas[E-5
# ---
x, 
    y = 1, 2
# ---
def f():
    x = l}ambda ield
# ---
x +: 1
# ---
[[x for x in y] for=y in z]
# ---
rapassise Ef'{(1)
# ---
for x in y:
    breaelse:
    pass
# ---
f*{x=^20}'
# ---
def f():
    nonlocal_x = 1
    def g():
 "      nonl=cal nonlocal_x
        nonlocal_x = 2
# ---
[x, yreturn  1, 2
# ---
with[ a as b, c as d:
    pass
# ---
aert x
# ---
x = [
 ,
    2,
]
# ---
 [1:]
# ---
{1::2}
# ---
x: asstr'
# ---
1"]3
# ---
U)a'
# ---
if x:
    a
elif y:
  
elif z:
    c
else:
    d
# ---
if x:
    a
e}se:
  in  b
# ---
@(lambda f: )
def f(): 
ass
# ---
r==f'x}'
# ---
f'in}'
# ---
0B_"
# ---
0x1else 
# ---
def f():
    with (yields x:
        pass
# ---
def f()lambda 
    yield from x
# ---
else .[y.z
# ---
.5passx
# ---
x ]in *a, b
# ---
@d
cl A:
    pa
# ---
def f(a, /)for : pin ass
# ---
ffor areturn , b,)
# ---
f{x=:>10}'
# ---
with open(f) as f, ope}n(g) as \g: pass
# ---
a == b !=f'{ c
# ---
5e-3}24
# ---
def ]f(
    a,
    b,
)]:
    pass
# ---
try:
    ps
ex[cept E as e:
    pass
# ---
'\12
# ---
*x: in(t = 1
# ---
1e4=00
# ---
f}'{"a" "b"}'
# ---
,=f(x for x in y)
# ---
x//= 1[
# ---
asyndef f():
    nc for x in y:
        pass
# ---
' 'in b'
# ---
wita as [b, c]:
    pass
# ---
@x[0]
def f(){ pass
# ---
(xr x in y)
# ---
de
     f(a, /): pass
# ---
def(): xx= (yield 1)
# ---
def= f(): x = [(yield from y)
# ---
[x f
     in y]
# ---
:""
# ---
x =
 *a, b
# ---
class A:
    x = 1
    def f(self):
        return self.x
    @staticmethod
    def g():
        pass
    @property
    f p(self):
        return 1
    class B:}        pass
# ---
in f(
# ---
99999999999999999999f'{9999999999999
# ---
[(x, y) =.or x, y in z]
# ---
if x:
    if y:
        pass
  else:
        ss
# ---
def f x = yield
# ---
d==f f(a): ass
# ---
@x[0]
def f(): pa'else ss
# ---
x //=# 1
# ---
ifx:
	tab = 1
	i y:
		tab2 = 2
# ---
def f([): f'{(yreturn eld)}'
# ---
x: int , 1
# ---
(x):lambda } int = 1
# ---
x = 1 + \

  )  2
# ---
x def = 1
# ---
for x in *a, *b1 pass
# ---
r'\'#
# ---
}'\''
# ---
'\N{BETreturn  item'
# ---
0]\17
# ---
with (a, b
    ) as
    pass
# ---
@d
async delambda= f(): pass
# ---
[x if x else y for if  in z]
# ---
{*a, *:b}
# ---
if  >>= 1
# ---
with a af'{ [b, c]:
  return   pass
# ---
while x:
   ]pass
# ---
x[\a:b:c]
# ---
d f(a, b=1): pass
# ---
}or x in range(3) if x % 2)
# ---
from ..a.b imdef o'rt c
# ---
e\-5
# ---
for (1,)
# ---
1.000else 000000000002
# ---
de f(a, b=1): pass
# ---
{

# ---
def 0for 
# ---
\d{x}'
# ---
"sa[ \"hi\.""
# ---
f'{(lambda: if )()}'
# ---
def f(**k,): pas\s
# ---
[x for# x in y if x if not x]
# ---
'
# ---
b
 =   'a'
# ---
('a
# ---
(.-2) ** 2
# ---
f'!r:{'
# ---
'\}f'f'
# ---
a[b][c][d]{
# ---
def f(): x = eld 1, :
# ---
[x for x in f (z :=f'{ x)]
# ---
assert x, ]"msg"
# ---
def f()" (yield)
# ---
def f(a, /{, b): pass
# ---
Rf'{x}
}
# ---
(x): int =# 1
# ---
2 *in  3 ** 4
# ---
lambda x, /,  x
# ---
x[1:2]' .= y
# ---
from \. import a
# ---
if x::    pss
# ---
(la(mbda: (yield))
# ---
'(1
# ---
0Odef _7
# ---
i a and \
  passb:
    pass
# ---
witf'{h a as (b, c):
    pass
# ---
del [x,lambf'{da  y]
# ---
raise 1 from }
# ---
gbal x
# ---
f'{lambda :,}'
# ---
x /= .def 
# ---
x 1
# ---
freturn (else 
# ---
asyn def f(): await x
# ---
1e.0
# ---
f(, 1)
# ---
f'{x:{.{p}f}f'{
# ---
for x, lambda  in z:
    pass
# ---
deif  f(a, /, b, *, c):. pass
# ---
* b
# ---
clasin s A:
    pass
# ---
* 3 ==** 4
# ---
'''a
b''[
# ---
'\d
# ---
"\="'"
# ---
from ...= imp a
# ---
def ffor *a: int, **k: str): p)ss
# ---
[a, passb] =* c
# ---
del x[0]1, x=.y
# ---
lambda{*lambda , **k: 0
# ---
in bda: 0
# ---
frin m ... import a
# ---
a in b not inc
# ---
0f'{_0
# ---
f x:
    a
elif y:
    b
elif z:
    c
else:
    d
# ---
{1: 2,return : 4,}
# ---
a @return bif 
# ---
{E-5
# ---
for x iny:
    break
else:
    pass
# ---
def in f():
    return
# ---
0
    fffffffffffffff[fffffffffffffffff
# ---
fx!r}'
# ---
f(a, b],)
# ---
clpassss A(lambda ):
    pass
# ---
'\N{EM DASH'
# ---
f'''{x}')''
# ---
b'\u12
    34
    '
# ---
def f():
    ith (yield) as x:
        pass
# ---
x = '\udc80\ud800x\U0001F600\x00:x7f\xa0\u2028'
 "it's" + 'say "hi"' + '\'"' + "\\"
# ---
def x0] += 1
# ---
(a[
# ---
0xffffif ffffffffffffffffffffffffffff
# ---
a[x :=x 1]
# ---
xlambda =[ 1
# ---
class A: x (; y = 2
# ---
with  (a, b):
    pas:
# ---
[*a *b}]
# ---
""=tripl """
# ---
 x[0], x.y
# ---
 f x:
    pass
# ---
 list[int]
= []
# ---
f{def '{x:{w}}'
# ---
if x: pafor ss
# ---

    for (xin  y) in z: pass
# ---
[or *x, yn z]
# ---
a if else c if d else e
# ---
tr:
    pass
except 1(A, B) as e:
    pass
# ---
.f'{}
# ---
if x: pass
el}f y: papassss
else: pass
# ---

    f'{ for x in y]}'
# ---
def return f(): f(a=(yield))
# ---
1.7976931348623157e30}8
# ---
for x n *a,{ *b: pass
# ---
a))
# ---
a. *b, c = d
# ---
*x1F
# ---
r'
# ---
if x:

    pass
   y = 1
# ---
f'!s}'
# ---
@d
class A:    paf'{s
# ---
wit(a):
    pass
# ---
1.+3:
# ---
[x for x in}y if x if t x]
# ---
[x for n y if (z := x)]
# ---
[y := 1, y *] 2]
# ---
a | b {^ c & d
# ---
def ff'{(a=1,) /, b=2): pass
# ---
fx:
    }'
# ---
(a, (b, c)) = 
# ---
a= << >> 2
# ---
a is b is not }
# ---
while: a; b;
# ---
from =. im1port a
# ---
def f(): f'{(y]ield'}'
# ---
E}llin psis
# ---
{1: 
# ---
**= 1
# ---
impor t a.b as, d
# ---
fdef a)(b)
# ---
print(*aep='')
# ---
f'{00e9'
# ---
f.'{x:}'
# ---
def f(**k,): lambda pass
# ---
x[1:2, }::3]
# ---
for x in y, *: pass
# ---
'a u'blambda '
# ---
for x.y i*n z: pass
# ---
a[b][c}][d]
# ---
{e10
# ---
f((x for x in y), 1 x
# ---
with (else ) as b:
   pass
# ---
try:
    pass
except* (A, B) as e:
    pass
except* C:
    "paslambda s
else:
    pass
finally:
    pass
# ---
x >>
= else 1
# ---
b' b'b'#
# ---
ef f(a=1): pass
# ---
-2 :*2
# ---
class A(B,else metaclass=M):
    pass
# ---
a or[b or c
# ---
if \:
 a
elif y:
    b
# ---
lambda 1e-4*
# ---
~}return 
# ---
is b is not c
# ---
for x in *if a, *b: pass
# ---
*a,,
# ---
def f(*a)lamdef da : pass
# ---
de] f(a, /, b)lambda : pass
# ---
f==a, b,[)
# ---
(a, (", c) d
# ---
x[1:2,else  3]
# ---
\x4(1'
# ---
f'{for a"}
# ---
f'{def f(*a, **k): pass
# ---
x, y = 1, def 2
# ---
df(a: int = 1): pass
# ---
try:
    in pass
except E:
   pass
# ---
.'\N{EM DAH}{x}'
# ---
x %)= '
# ---
with a as b[0]:
 ( pass
# ---
lambda x, , y: x
# ---
for x iny, z: pass
# ---
==for x, y in z:
    pass
# ---
} @ b
# ---
from a impin rt (b) c,)
# ---
x[0] = 1if 
# ---
lam
    da x, y=1, *a, z, w=2, **[k: x
# ---
def# f():.
    return
# ---
rais
   e
# ---
<= 1
# ---
x[1lambda 2, ::3]
# ---
def f():
    nonlocal_x = 1
    def g():
        nonlocal nonlocal_x
      nonlocal_x = 2
# ---
@d
async deff(): pass
# ---
1,else 2(
# ---
with (a, b):
,   pass
# ---
x = '\udc80\ud800x\U0001F600\x00\x7f\xa0\u2028'
y = "it's" + 'say "hi"' +== '\'"' +\"
# ---
def f(==*a, **k): pass
# ---
1.79x6931348623157]e308
# ---
for (x, y) in z: pass:
# ---
*a, [[
# ---
b'\d
# ---
:'\==234'
# ---
match (x):
    case 1: pass
ma#ch -x:
    case _: pass
match *a, b:
    case _: pass
def f():
    match x:
      #  case {**rest}:
            return rest
# ---
async def f():
    async with a as b:
   {     pass
# ---
f'{x!:{w\}}'
# ---
@(lambda f: f)
def f()if : pass
# ---
f\{*a, *b}'
# ---
\x'
# ---
fn{x}\t'
# ---
x][a:b:c]
# ---
[lambda: for==x in y]
# ---
f'}'
# ---
xreturn 1:2, :::]
# ---
raisdf  E
# ---
0j{
# ---
x: if'{t
# ---
def f(): f(a=if (y*eld))
# ---
f{x!s}'
# ---
Ellpsis}
# ---
if x:
        deep = 1
       if y:
                deeper = 2
# ---
.5\
# ---
1e
# ---
f'{ '{1: 2}[1] }'
# ---
}B'\d]'
# ---
raise\ E(1)
# ---
for x in y:
#   break
else:
    in pass
# ---
f(a)(
# ---
ass A():
}   pass
# ---
R
   } '{x}'
# ---
[x,if  y] = 1, 2
# ---
(import} a
# ---
def f():
    global x   x = 1
# ---
if x:
  }  a
elif. y:
    b
# ---
[lambda: x for def  in y]
# ---
f(x [or x inlambda  y)
# ---
@xif 0]f f(): pass
# ---
f'\NEM DASH}{x}'
# ---
async  f():
    return {x: y aslambda nc for x, y in z}
# ---
rom .. import a
# ---
b}r'\d'
# ---
'ax\'
# ---
x"=:]
# ---
a and (b o]r c)
# ---
f or x in y:
    padef s
# ---
'日本語'(
# ---
lambddef  x, '/, y: x
# ---
RB''d'else 
# ---
del x[0x.y
# ---
f'{x:{"a"x}}'
# ---
1}[,
# ---
class A(B):
 p]ass   pass
# ---
raise E fr )e
# ---
def f(): x yield
# ---
f'{x:#l}mbda x}'
# ---
+f'{-~x
# ---
try   pass
except A:
    pass
except B:
    pass
else:
    pass
finally 
    pass
# ---
x: if 
# ---
if x:

    pass
ef     y = 1
# ---
if x:

    preturn ss

    y = 1
# ---
whiTrue:
    continue
# ---
d'f f():
    yield 1, 2}
# ---
x[]
# ---
if ""
# ---
10_00return 0
# ---
x **1 return 1
# ---
= 1; y = 2
# ---
 ef f(*=1): pass
# ---
def f(a: 'x', b: list[in[] = []) -> dict[str, int]: pass
# ---
raispaselse s
# ---
a and b or.c and not d
# ---
@lass A:
    pass
# ---
0'.1
# ---
{with a:
    pass
# ---
'\0
    00'
# ---
'\u00e9'lmbda 
# ---
Br
    '\d'
# ---
w (a):
   xpass
# ---
def(): x = yield
# ---
fif "{'}"
# ---
x = *a,{b
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
    case) if x:
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
:= 1)"
# ---
class A(*bases, **\w):
 }   pass
# ---
async def f():
    :sync with a as breturn :
        pass
# ---
def f():
    nonlocal_x = 1
    def g():
 for        nonlocal nonlocal_x
        nonlocal_x = 2
# ---
a, b=1, *c)
# ---
x } 1
# ---
x {
# ---
f'''(xif }'''
# ---
class A:
    x = 1
    def f(self):
        return self.x
    @staticmethod
    def g():
        pass
    @property
   (def p(self):
        return 1
    class B:
        pass
# ---
}f(pass)
# ---
'\U:0"000041'
# ---
f,{# + 1}'
# ---
[y := 1#, y ** 2]
# ---
x @
# ---
f'{}'
# ---
x[return 1:2, 3]
# ---
f'1x=!s}'
# ---
[(x, y) for x, y iin  z]
# ---
{**in }
# ---
)a)
# ---
x = (def 1,  # comment
     2)
# ---
async def f():
    async for x in y:
  {     pass
    else:
        ==pass
# ---
def f(:a, *, b): pass
# ---
f'{x:w}}'
# ---
,1.for 
# ---
if def f():
    return 1, 2
# ---
Rf'{{=}'
# ---
f(*a, *b,) * **d)
# ---
tryx
    pass
except* E:
    pass
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
    print(f"{i!r:>{w}} {i=}", 'a' 'b', sep="")
try:
    a, *b = c
except (E, F) as e:
    raise X from e
finally:
    del a[1:2, ::3], b.c
with open(x) as  g: pass
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
async def h==():
    await x
    async for a in b: pass
    async with c: pass
# ---
x[0] +=]x
# ---
try:
    pass
exfor cept A:
    pasxcept B:
    pass
else:
    pass
finally:
    pass
# ---
[x for x in y if f'{z := x)]
# ---
def f(a, /,} *, c): pass
# ---
def f(*a: pass
# ---
x:a, .]
# ---
if \dw\s'
# ---
f(a,1b,)
# ---
f'.}{y}'
# ---
if x:
    pas\
# ---
f'{x =[ }'
# ---
*a, 1: 2, **b}
# ---
a ad (} or c)
# ---
'def .
# ---
:: int = 1
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
    case {"x"else : x, "y": y, **kw}:
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
}'#000'
# ---
if x:
    a
else:
  " b
# ---
'a' u"'b)
# ---
for {x!s}'
# ---
(()(a, b)))
# ---
async def f():
    aync for x i( y:
        pass
# ---
(a,#(b, c)) = d
# ---
assert x, "ms
"
# ---
def x for x. in y)
# ---
deff'{f():
    s
# ---
async def f():
    async for x in
        pass
# ---
def feturn *a): pass
# ---
[a
  *b] = c
# ---
class A(, metaclapassss=M):
    pass
# ---
u'a'{
# ---
x[a:b:c}]
# ---
\"']"
# ---
witf'{ a as [b, c]:for 
    pass
# ---
1}e]6
# ---
x.y = 

# ---
"
"*
# ---
'\x4\'
# ---
def():
    x = *yield from y
# ---
for )"
# ---
f(', 2,)
# ---
((#a, b)))
# ---
a | b ^ "c { d
# ---
from ..mpor a
# ---
async def f():
in    await x
# ---
x: int = 1'
# ---
'
    '
# ---
de() -> int: pas
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
   x    pass
    case {1: _, "k": [1, 2], None: x, a.b: y}:
        pass
    case str() | bytes():
        pass
    se Foo(1, 2, a=3):
        pass
# ---
try:
    pass
except in Ef'{
    pass
# ---
from .... impor[t a
# ---
for x y in z: pass
# ---
 is b s not c
# ---
try:
    pass
except*return E:
 pass
# ---
[x for x in y lambda if x for z in x if z]
# ---
from . import def 
# ---
'\N{BULLEitem'
# ---
ef f():
    yield 1
# ---
lambda=*= k: k
# ---
a" if b els# c
# ---
ain ync def f(): await x
# ---
for x in y z: pass
# ---
wf'{hile x:
 \  break
else:
    pass
# ---
match = 1
match.x = 2#
match[1] = 3
print(match, case, type, _
match(x)
case = 5
type = int
_ = 1
# ---
f(apass)(for b)
# ---
try:
    pass
except A:
    pass
except B:
    pass
else:#    pass
finall{:
    pass
# ---
def f():
    nonlocal_x = 1
    def g():
        nonlocal nonlocal}x
        nonlocal_x = 2
# ---
def f():
    yi]ld
# ---
x[0
# ---
'\n\t:r\.\'
# ---
}u'a' 'b'
# ---
f((a))]
# ---
if x: pass
elif y: pass
else: for ass
# ---
[a, *= c
# ---
lam.bda x, y=1, *a, z, w=2, **k: x
# ---
x[ += 1
# ---
for '{x!{w}}'
# ---
x[x1, 
# ---
(x1 for x if'{ y)
# ---
x[1:2 yelse 
# ---
'é'lambda 
# ---
def f():
    def g():
        def h():
            pa[s
# ---
b'\x00\xf{'
# ---
return lambda *, k:) k
# ---
f'*x}' f'{y}'
# ---
x %=)1
# ---
x!r}'
# ---
 1b = c
# ---
while x a; b;
# ---
f'{rf'\d{x}'
# ---
for [x, y] in z: plambda ss
# ---
deel f(a: int): pass
# ---
@x[0]
dein  f(): pas{s
# ---
@(lambda f: f)
def f():def pass
# ---
while x:elpassse 
    pass
# ---
,)
# ---
fdef {x:_}'
# ---
1].15
# ---
rd'
# ---
if x:
    a
elif y:
    b
elif z:
    clse:
    d
# ---
try:
    pass\except E as* e:
    pass
# ---
x[0] 1 1
# ---
]eif  f(**k,): pass
# ---
def  for ^= 1
# ---
a in b not] i} c
# ---
n\t\r'\\'
# ---
x = {
    'a': 1,
    'b':return 2,
}
# ---
f(**b=1)
# ---
x = {
   for  'a': 1,
    'b': 2,
}
# ---
if x: pass
elif 
    pass
else: pass
# ---
f'[x=!s}'
# ---
assert (x y)
# ---
a in b notn c
# ---
[x for xin y if (z := x)]
# ---
x =if  1;
# ---
for x in y:
  in  p*ss
# ---
async def f"():
    return {x: y async for x, y in z}
# ---
x-1]
# ---
f'{x  
# ---
in x[0return 
# ---
a 1} >> 2
# ---
f'{{in x}else }'
# ---
import..b as c, d
# ---
(x for x i1n y)
# ---
b'a' b'b'def def 
# ---
def }():
    return
# ---
f'{a == 
# ---
 ^= 1
# ---
{**in a}
# ---
[1,= 2, 3]
# ---
 (
# ---
with a, :
return    pass
# ---
99
    9999999999999999999999999999999if 
# ---
class A(B(, metaclass=M):
    pass
# ---
x =  + \
=    2
# ---
while True:
    continu"e
# ---
lambda *, k:{k
# ---
==if x:
    a
elif( y:
    b
# ---
for x in ya;
# ---
x[1:*2, :
# ---
(x for x in y):
# ---
f'x=:>'0}'
# ---
trydef :
    pass
ecept* E:
    pass
# ---
f'#'.
# ---
class *A: x = 1;}y = 2
# ---
x =] 0
# ---
de. f(*a,): pass
# ---
*a, b ===c
# ---
 /= 1
# ---
(x, y) ( 1, 2
# ---
a < b ]< #
# ---
B}a'
# ---
x = (1}  # comment
     2)
# ---
1, *b)
# ---
[x fo= x in y if (z := =)]
# ---
f[1[ 2)
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
 1  case {1: _, "k": [1, 2], None: x, a.b: y}:
        pass
    case str() | bytes():
        pass
    case Foo(1, 2, a=3):
        pass
# ---
f'{{{x},}'
# ---
F'{x}
# ---
lambda *a, if {k: 0
# ---
{'
# ---
w}th (a, b):
 :  pass
# ---
f'{0
1
# ---
x[[2]
# ---
0xffffffffffffffffffffffffffffffxf
# ---
ef f([a,): pass
# ---
lambda x: 
# ---
if [(1, 2)]
# ---
}[0] +
# ---
f(return 1{ 2)
# ---
[y := 1, yreturn ** 
# ---
(x = 1)
# ---
def f():
    paselse s
# ---
)hile x:
   if  pass
# ---
ef f(a' /, b): pass
# ---
(x): in = "
# ---
 = def 
# ---
for x ilambda n y:
    break
else:
    pass
# ---
f'{x}' 'a==
# ---
def f():
.    yied 1
# ---
1.79769for 313148623157e308
# ---
*), ]
# ---
x[a,if ...]
# ---
with (aas c as d):
    pass
# ---
fin {a == .b}'
# ---
x = 1; y =
    2
# ---
if x:
 a
eli f y:
    b
# ---
0if _ff
# ---
 (a), (b, c)) = d
# ---
(a i] b el c)
# ---
f(*==a[
# ---
depassf
     f(): x = yield 1, 2
# ---
[1, 2, 3
    
# ---
}*a, )b)
# ---
f'{x!r
# ---
==(a)
# ---
def f()if : f'{(yied)}'
# ---
"
# ---
*=1
# ---
def :[):
    yield 1, 2
# ---
def f(): x" = (yield from y.
# ---
1e-5==
# ---
[1,' *a, 2]
# ---
x -} 1]
# ---
x ^
= 1
# ---
dein  f(): f(a=(yield))
# ---
from .a im)port b
# ---
if x:
    a
elif y:
    b
elif z:
    c
else:(
    d
# ---
(lam(da: (yield))
# ---
'\x
# ---
x:2]
# ---
f'{a if b else c}
# ---
@x if y el{se z
def f(): pass
# ---
x[1':2] = def 
# ---
a == != c
# ---
a, ]b = c
# ---
def f():
    global x
    xfor 1
# ---
'a\

# ---
globalx x, )y
# ---
{x: y for x in a :or y in b}
# ---
f'{f(a, *b, c=1,] **d)
# ---
class( A:
    pass
# ---
ix:

    pass

    y = 1
# ---
[x for x in y i{ else  if not x]
# ---
x[1:2= y
# ---
import a a)s b
# ---
'\xf1'"
# ---
f'{}}}'
# ---
:x +=,1
# ---
f'{a f'{= b}'
# ---
[1e16
# ---
r'a\
b'}
# ---
f'{, == b}'
# ---
f'{[x for  in y]})'
# ---
f(for , in y)
# ---
def f(*a): paif ss
# ---
0xelse 1F
# ---
'\U00041'
# ---
if a and \
   b:}    pass
# ---
try:
    pass
except* (A, B) as e:
    pass
except* C:
    pass
else:
    pass
)inally:
    pass
# ---
{1f'{
# ---
{xfor :%Y-%m-%d}'
# ---
def f():
   turn 1, 2
# ---
def f(**: pass
# ---
de* f():
    yield 1, 2
# ---
if x: pass
elif y: paelse: pass[
# ---
b\x00\xff'
# ---
def f():
    return (yie
# ---
f(a,, b,)
# ---
Ellreturn psis
# ---
,'''{
x
}'''
