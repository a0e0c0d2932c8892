# Python 3.12 syntax that python3 (3.11) here cannot check: each snippet
# ends with the dump Python 3.12's ast.dump prints for it, written by hand.
type X = int
# => Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[], value=Name(id='int', ctx=Load()))], type_ignores=[])
# ---
type ListOf[T] = list[T]
# => Module(body=[TypeAlias(name=Name(id='ListOf', ctx=Store()), type_params=[TypeVar(name='T')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))], type_ignores=[])
# ---
type Pair[K: str, V] = tuple[K, V]
# => Module(body=[TypeAlias(name=Name(id='Pair', ctx=Store()), type_params=[TypeVar(name='K', bound=Name(id='str', ctx=Load())), TypeVar(name='V')], value=Subscript(value=Name(id='tuple', ctx=Load()), slice=Tuple(elts=[Name(id='K', ctx=Load()), Name(id='V', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])
# ---
type Fn[**P, *Ts] = int
# => Module(body=[TypeAlias(name=Name(id='Fn', ctx=Store()), type_params=[ParamSpec(name='P'), TypeVarTuple(name='Ts')], value=Name(id='int', ctx=Load()))], type_ignores=[])
# ---
def first[T](items: list[T]) -> T:
    return items[0]
# => Module(body=[FunctionDef(name='first', args=arguments(posonlyargs=[], args=[arg(arg='items', annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Subscript(value=Name(id='items', ctx=Load()), slice=Constant(value=0), ctx=Load()))], decorator_list=[], returns=Name(id='T', ctx=Load()), type_params=[TypeVar(name='T')])], type_ignores=[])
# ---
async def f[T: (int, str)](): pass
# => Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T', bound=Tuple(elts=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], ctx=Load()))])], type_ignores=[])
# ---
class Box[T, *Ts, **P](Base):
    pass
# => Module(body=[ClassDef(name='Box', bases=[Name(id='Base', ctx=Load())], keywords=[], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T'), TypeVarTuple(name='Ts'), ParamSpec(name='P')])], type_ignores=[])
# ---
class A[T,]: pass
# => Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')])], type_ignores=[])
# ---
type = 1
type.x = type(y)
print(type)
# => Module(body=[Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='type', ctx=Load()), attr='x', ctx=Store())], value=Call(func=Name(id='type', ctx=Load()), args=[Name(id='y', ctx=Load())], keywords=[])), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='type', ctx=Load())], keywords=[]))], type_ignores=[])
# ---
f"{d["key"]}"
# => Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='key'), ctx=Load()), conversion=-1)]))], type_ignores=[])
# ---
f"{"a" + "b"}!"
# => Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Constant(value='a'), op=Add(), right=Constant(value='b')), conversion=-1), Constant(value='!')]))], type_ignores=[])
# ---
f"{f"{x!r:>{w}}"}"
# => Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]), conversion=-1)]))], type_ignores=[])
# ---
f"{'\n'.join(lines)}"
# => Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Constant(value='\n'), attr='join', ctx=Load()), args=[Name(id='lines', ctx=Load())], keywords=[]), conversion=-1)]))], type_ignores=[])
# ---
f'{x:{"^"}10}'
# => Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='^'), conversion=-1), Constant(value='10')]))]))], type_ignores=[])
# ---
f"""{
    d["a"]
}"""
# => Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value='a'), ctx=Load()), conversion=-1)]))], type_ignores=[])
# ---
f"{"nested \"quotes\""}"
# => Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='nested "quotes"'), conversion=-1)]))], type_ignores=[])
# ---
f"""{
    x  # the value, "quoted" in a comment
}"""
# => Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])
# ---
f"{x!r:{"<"}{w}}"
# => Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='<'), conversion=-1), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])
