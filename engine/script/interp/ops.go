package interp

import (
	"errors"

	"go.starlark.net/starlark"
	starsyntax "go.starlark.net/syntax"

	"ormlab/engine/py"
	"ormlab/engine/script/syntax"
)

// Python's operators on the lab's values: instances of script classes
// answer with their special methods, strings %-format, ** follows
// Python's rules, and the rest is Starlark's arithmetic, whose errors the
// runtime's Translate renames as CPython's.

var binaryTokens = map[syntax.Operator]starsyntax.Token{
	syntax.Add: starsyntax.PLUS, syntax.Sub: starsyntax.MINUS, syntax.Mult: starsyntax.STAR,
	syntax.Div: starsyntax.SLASH, syntax.FloorDiv: starsyntax.SLASHSLASH, syntax.Mod: starsyntax.PERCENT,
	syntax.BitAnd: starsyntax.AMP, syntax.BitOr: starsyntax.PIPE, syntax.BitXor: starsyntax.CIRCUMFLEX,
	syntax.LShift: starsyntax.LTLT, syntax.RShift: starsyntax.GTGT,
}

// pythonOps maps Starlark's operator tokens back to the tree's.
var pythonOps = func() map[starsyntax.Token]syntax.Operator {
	m := map[starsyntax.Token]syntax.Operator{}
	for op, tok := range binaryTokens {
		m[tok] = op
	}
	return m
}()

var dunders = map[syntax.Operator][2]string{
	syntax.Add: {"__add__", "__radd__"}, syntax.Sub: {"__sub__", "__rsub__"},
	syntax.Mult: {"__mul__", "__rmul__"}, syntax.Div: {"__truediv__", "__rtruediv__"},
	syntax.FloorDiv: {"__floordiv__", "__rfloordiv__"}, syntax.Mod: {"__mod__", "__rmod__"},
	syntax.Pow: {"__pow__", "__rpow__"}, syntax.MatMult: {"__matmul__", "__rmatmul__"},
	syntax.BitAnd: {"__and__", "__rand__"}, syntax.BitOr: {"__or__", "__ror__"},
	syntax.BitXor: {"__xor__", "__rxor__"}, syntax.LShift: {"__lshift__", "__rlshift__"},
	syntax.RShift: {"__rshift__", "__rrshift__"},
}

var opSymbols = map[syntax.Operator]string{
	syntax.Add: "+", syntax.Sub: "-", syntax.Mult: "*", syntax.Div: "/", syntax.FloorDiv: "//",
	syntax.Mod: "%", syntax.Pow: "** or pow()", syntax.MatMult: "@", syntax.BitAnd: "&",
	syntax.BitOr: "|", syntax.BitXor: "^", syntax.LShift: "<<", syntax.RShift: ">>",
}

// NotImplemented is the value a special method returns to let the other
// operand try.
var NotImplemented starlark.Value = notImplemented{}

type notImplemented struct{}

func (notImplemented) String() string        { return "NotImplemented" }
func (notImplemented) Type() string          { return "NotImplementedType" }
func (notImplemented) Freeze()               {}
func (notImplemented) Truth() starlark.Bool  { return true }
func (notImplemented) Hash() (uint32, error) { return 0x4e49, nil }

// binary is x op y.
func (in *Interp) binary(op syntax.Operator, x, y starlark.Value) (starlark.Value, error) {
	_, xo := x.(*Object)
	_, yo := y.(*Object)
	if op == syntax.BitOr && isTypeLike(x) && isTypeLike(y) && (!xo && !yo) {
		return union(x, y), nil
	}
	if xo || yo {
		return in.binaryDunder(op, x, y)
	}
	if in.opts.CheckBinary != nil && (op == syntax.Add || op == syntax.Mult) && !bothNumbers(x, y) {
		if err := in.opts.CheckBinary(in.thread, opSymbols[op], x, y); err != nil {
			return nil, err
		}
	}
	switch op {
	case syntax.Mod:
		if s, ok := x.(starlark.String); ok {
			if in.opts.CheckText != nil {
				if err := in.opts.CheckText(in.thread, y); err != nil {
					return nil, err
				}
			}
			out, err := py.Percent(string(s), y)
			return starlark.String(out), err
		}
	case syntax.Pow:
		if pow, ok := in.opts.Builtins["pow"]; ok {
			return starlark.Call(in.thread, pow, starlark.Tuple{x, y}, nil)
		}
		return power(x, y)
	case syntax.MatMult:
		return nil, unsupportedOperands(op, x, y)
	}
	x, y = boolsAsInts(op, x, y)
	return starlark.Binary(binaryTokens[op], x, y)
}

// bothNumbers reports whether x op y is arithmetic on two floats or
// machine-sized ints, whose result needs no size check (a product of big
// ints does: its cost grows with their size).
func bothNumbers(x, y starlark.Value) bool {
	return smallNumber(x) && smallNumber(y)
}

func smallNumber(v starlark.Value) bool {
	switch v := v.(type) {
	case starlark.Float:
		return true
	case starlark.Int:
		_, ok := v.Int64()
		return ok
	}
	return false
}

// boolsAsInts lets True and False take part in arithmetic as 1 and 0,
// bool being a subclass of int; & | ^ of two bools stay bools.
func boolsAsInts(op syntax.Operator, x, y starlark.Value) (starlark.Value, starlark.Value) {
	xb, xok := x.(starlark.Bool)
	yb, yok := y.(starlark.Bool)
	if xok && yok && (op == syntax.BitAnd || op == syntax.BitOr || op == syntax.BitXor) {
		return x, y
	}
	if xok {
		x = boolInt(xb)
	}
	if yok {
		y = boolInt(yb)
	}
	return x, y
}

func boolInt(b starlark.Bool) starlark.Int {
	if b {
		return starlark.MakeInt(1)
	}
	return starlark.MakeInt(0)
}

// binaryDunder tries x.__op__(y), then y.__rop__(x).
func (in *Interp) binaryDunder(op syntax.Operator, x, y starlark.Value) (starlark.Value, error) {
	names := dunders[op]
	if o, ok := x.(*Object); ok {
		if v, found, err := o.special(names[0], y); err != nil || (found && v != NotImplemented) {
			return v, err
		}
	}
	if o, ok := y.(*Object); ok {
		if v, found, err := o.special(names[1], x); err != nil || (found && v != NotImplemented) {
			return v, err
		}
	}
	if _, ok := x.(*Object); !ok {
		if v, err := in.binaryPlain(op, x, y); err == nil {
			return v, nil
		}
	}
	return nil, unsupportedOperands(op, x, y)
}

// binaryPlain is x op y for a built-in x and an instance y with no
// reflected method that answered: a sequence repeated by an instance
// with __index__, say. It is tried for completeness and rarely succeeds.
func (in *Interp) binaryPlain(op syntax.Operator, x, y starlark.Value) (starlark.Value, error) {
	if op == syntax.Pow || op == syntax.MatMult {
		return nil, unsupportedOperands(op, x, y)
	}
	return starlark.Binary(binaryTokens[op], x, y)
}

func unsupportedOperands(op syntax.Operator, x, y starlark.Value) error {
	return typeErrorf("unsupported operand type(s) for %s: '%s' and '%s'", opSymbols[op], typeName(x), typeName(y))
}

// inplace is x op= y: lists, sets and dicts change in place, as in
// Python, and instances use __iop__ first.
func (in *Interp) inplace(op syntax.Operator, x, y starlark.Value) (starlark.Value, error) {
	if o, ok := x.(*Object); ok {
		name := "__i" + dunders[op][0][2:]
		if v, found, err := o.special(name, y); err != nil || (found && v != NotImplemented) {
			return v, err
		}
		return in.binary(op, x, y)
	}
	switch xs := x.(type) {
	case *starlark.List:
		if op == syntax.Add {
			return xs, in.extend(xs, y)
		}
	case *starlark.Dict:
		if op == syntax.BitOr {
			return xs, dictUpdate(xs, y)
		}
	}
	return in.binary(op, x, y)
}

// extend appends y's items to the list, as list += iterable does.
func (in *Interp) extend(l *starlark.List, y starlark.Value) error {
	if in.opts.CheckBinary != nil {
		if err := in.opts.CheckBinary(in.thread, "+", l, y); err != nil {
			return err
		}
	}
	items, err := in.collect(y)
	if err != nil {
		return err
	}
	for _, v := range items {
		if err := l.Append(v); err != nil {
			return err
		}
	}
	return nil
}

func dictUpdate(d *starlark.Dict, y starlark.Value) error {
	other, ok := y.(*starlark.Dict)
	if !ok {
		return typeErrorf("'%s' object is not a mapping", typeName(y))
	}
	for _, kv := range other.Items() {
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

var unaryTokens = map[syntax.UnaryOperator]starsyntax.Token{
	syntax.USub: starsyntax.MINUS, syntax.UAdd: starsyntax.PLUS, syntax.Invert: starsyntax.TILDE,
}

var unaryNames = map[syntax.UnaryOperator][2]string{
	syntax.USub: {"__neg__", "-"}, syntax.UAdd: {"__pos__", "+"}, syntax.Invert: {"__invert__", "~"},
}

// unary is -x, +x or ~x.
func (in *Interp) unary(op syntax.UnaryOperator, x starlark.Value) (starlark.Value, error) {
	if o, ok := x.(*Object); ok {
		if v, found, err := o.special(unaryNames[op][0]); found || err != nil {
			return v, err
		}
		return nil, typeErrorf("bad operand type for unary %s: '%s'", unaryNames[op][1], typeName(x))
	}
	if b, ok := x.(starlark.Bool); ok {
		x = boolInt(b)
	}
	v, err := starlark.Unary(unaryTokens[op], x)
	if err != nil {
		return nil, typeErrorf("bad operand type for unary %s: '%s'", unaryNames[op][1], typeName(x))
	}
	return v, nil
}

// truth is bool(v), with any error a __bool__ or __len__ raised.
func (in *Interp) truth(v starlark.Value) (bool, error) {
	switch v := v.(type) {
	case starlark.Bool:
		return bool(v), nil
	case starlark.NoneType:
		return false, nil
	}
	t := bool(v.Truth())
	if in.pending != nil {
		err := in.pending
		in.pending = nil
		return false, err
	}
	return t, nil
}

// takePending returns and clears an error raised where none could be
// returned.
func (in *Interp) takePending() error {
	err := in.pending
	in.pending = nil
	return err
}

// getAttr is v.name, with Python's AttributeError.
func (in *Interp) getAttr(v starlark.Value, name string) (starlark.Value, error) {
	switch x := v.(type) {
	case *Object:
		a, err := x.getAttr(name)
		if a == nil && err == nil {
			err = in.noAttribute(newError("AttributeError", "'"+x.class.name+"' object has no attribute '"+name+"'"), x, name)
		}
		return a, err
	case *Class:
		a, err := x.Attr(name)
		if a == nil && err == nil {
			err = in.noAttribute(newError("AttributeError", "type object '"+x.name+"' has no attribute '"+name+"'"), x, name)
		}
		return a, err
	}
	var a starlark.Value
	var err error
	if in.opts.Attr != nil {
		a, err = in.opts.Attr(in.thread, v, name)
	} else {
		a, err = py.Attr(v, name)
	}
	if err != nil {
		return nil, in.noAttribute(err, v, name)
	}
	if ec, ok := a.(*py.ExceptionClass); ok {
		return in.modelException(ec), nil
	}
	return a, nil
}

// setAttr is v.name = x.
func (in *Interp) setAttr(v starlark.Value, name string, x starlark.Value) error {
	if s, ok := v.(starlark.HasSetField); ok {
		err := s.SetField(name, x)
		var nsf starlark.NoSuchAttrError
		if errors.As(err, &nsf) {
			return newError("AttributeError", "'"+typeName(v)+"' object has no attribute '"+name+"'")
		}
		return err
	}
	return newError("AttributeError", "'"+typeName(v)+"' object has no attribute '"+name+"' and no __dict__ for setting new attributes")
}

// iterate returns an iterator over v as a for loop sees it. The caller
// calls Done, then iterError.
func (in *Interp) iterate(v starlark.Value) (starlark.Iterator, error) {
	if o, ok := v.(*Object); ok {
		return in.objectIterator(o)
	}
	return py.Iterate(v)
}

// iterError is the error an iteration stopped on, if any: an iterator's
// own (Err), or the one the script's iterators (generators, generator
// expressions, __next__) keep on the interpreter, where Starlark's
// iterator interface has no room for it; a builtin that iterated sees
// that one when its call returns (call).
func (in *Interp) iterError(it starlark.Iterator) error {
	if e, ok := it.(interface{ Err() error }); ok {
		if err := e.Err(); err != nil {
			return err
		}
	}
	return in.takePending()
}

// objectIterator is iter(o): __iter__'s result, or __getitem__ from 0.
func (in *Interp) objectIterator(o *Object) (starlark.Iterator, error) {
	it, found, err := o.special("__iter__")
	if err != nil {
		return nil, err
	}
	if !found && o.native != nil {
		return in.iterate(o.native)
	}
	if !found {
		if g, _ := o.class.lookup("__getitem__"); g != nil {
			return &indexIterator{in: in, obj: o}, nil
		}
		return nil, typeErrorf("'%s' object is not iterable", o.class.name)
	}
	if io, ok := it.(*Object); ok {
		if n, _ := io.class.lookup("__next__"); n == nil {
			return nil, typeErrorf("iter() returned non-iterator of type '%s'", io.class.name)
		}
		return &nextIterator{in: in, obj: io}, nil
	}
	return in.iterate(it)
}

// nextIterator calls __next__ until StopIteration.
type nextIterator struct {
	in  *Interp
	obj *Object
	err error
}

func (it *nextIterator) Next(p *starlark.Value) bool {
	if it.err != nil {
		return false
	}
	v, _, err := it.obj.special("__next__")
	if err != nil {
		it.err = err
		if !it.in.isStopIteration(err) {
			it.in.defer_(err)
		}
		return false
	}
	*p = v
	return true
}

func (it *nextIterator) Done() {}

// indexIterator calls __getitem__(0), __getitem__(1), ... until
// IndexError.
type indexIterator struct {
	in  *Interp
	obj *Object
	i   int
	err error
}

func (it *indexIterator) Next(p *starlark.Value) bool {
	if it.err != nil {
		return false
	}
	v, _, err := it.obj.special("__getitem__", starlark.MakeInt(it.i))
	if err != nil {
		it.err = err
		if !it.in.isInstanceError(err, "IndexError") && !it.in.isStopIteration(err) {
			it.in.defer_(err)
		}
		return false
	}
	it.i++
	*p = v
	return true
}

func (it *indexIterator) Done() {}

func (in *Interp) isStopIteration(err error) bool {
	return in.isInstanceError(err, "StopIteration")
}

// isInstanceError reports whether err is an exception of the named
// built-in class or a subclass.
func (in *Interp) isInstanceError(err error, class string) bool {
	if in.isFatal(err) {
		return false
	}
	return in.exception(err).Value.class.isSubclass(in.exceptionClass(class))
}
