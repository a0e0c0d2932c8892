if x:
pass
# ---
if x:
    pass
elif y:
pass
# ---
if x:
    pass
else:
pass
# ---
while x:
pass
# ---
for x in y:
pass
# ---
for x in y:
    pass
else:
pass
# ---
try:
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
except* E:
pass
# ---
try:
    pass
finally:
pass
# ---
try:
    pass
except:
    pass
else:
pass
# ---
with x:
pass
# ---
def f():
pass
# ---
class A:
pass
# ---
match x:
case 1:
    pass
# ---
match x:
    case 1:
    pass
# ---
async def f():
pass
# ---
async def f():
    async for x in y:
    pass
# ---
async def f():
    async with x:
    pass
# ---
@d
def f():
pass
# ---
if x:
# comment
pass
# ---
if x:

pass
# ---
def f():
    """doc"""
  x = 1
# ---
if x:
    pass
   y = 1
# ---
for x in y:
    if x:
        pass
    else:
    pass
# ---
if x:
# ---
match x:
# ---
class A:
    def f(self):