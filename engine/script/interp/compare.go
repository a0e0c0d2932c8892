package interp

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"
	starsyntax "go.starlark.net/syntax"

	"ormlab/engine/py"
	"ormlab/engine/script/syntax"
)

var compareTokens = map[syntax.CmpOp]starsyntax.Token{
	syntax.Eq: starsyntax.EQL, syntax.NotEq: starsyntax.NEQ, syntax.Lt: starsyntax.LT,
	syntax.LtE: starsyntax.LE, syntax.Gt: starsyntax.GT, syntax.GtE: starsyntax.GE,
}

// richNames are each comparison's method and its reflection.
var richNames = map[starsyntax.Token][2]string{
	starsyntax.EQL: {"__eq__", "__eq__"}, starsyntax.NEQ: {"__ne__", "__ne__"},
	starsyntax.LT: {"__lt__", "__gt__"}, starsyntax.LE: {"__le__", "__ge__"},
	starsyntax.GT: {"__gt__", "__lt__"}, starsyntax.GE: {"__ge__", "__le__"},
}

var compareSymbols = map[starsyntax.Token]string{
	starsyntax.LT: "<", starsyntax.LE: "<=", starsyntax.GT: ">", starsyntax.GE: ">=",
}

// compareOp is x op y for one link of a comparison chain.
func (in *Interp) compareOp(op syntax.CmpOp, x, y starlark.Value) (starlark.Value, error) {
	switch op {
	case syntax.Is:
		return starlark.Bool(identical(x, y)), nil
	case syntax.IsNot:
		return starlark.Bool(!identical(x, y)), nil
	case syntax.In, syntax.NotIn:
		found, err := in.contains(y, x)
		return starlark.Bool(found == (op == syntax.In)), err
	}
	return in.compare(compareTokens[op], x, y)
}

// compare is a rich comparison: the instances' methods first, as Python
// tries them, then Starlark's ordering of built-in values.
func (in *Interp) compare(op starsyntax.Token, x, y starlark.Value) (starlark.Value, error) {
	_, xok := x.(*Object)
	_, yok := y.(*Object)
	if xok || yok {
		return in.compareObjects(op, x, y)
	}
	if r, ok, err := crossCompare(op, x, y); ok || err != nil {
		return starlark.Bool(r), err
	}
	x, y = boolsAsInts(syntax.Add, x, y)
	if isNaN(x) || isNaN(y) {
		// IEEE 754: NaN is unequal to everything, itself included, and
		// unordered; Starlark orders it.
		if _, ok := starlark.AsFloat(x); ok {
			if _, ok := starlark.AsFloat(y); ok {
				return starlark.Bool(op == starsyntax.NEQ), nil
			}
		}
	}
	ok, err := starlark.Compare(op, x, y)
	if err != nil {
		if op == starsyntax.EQL || op == starsyntax.NEQ {
			return starlark.Bool(op == starsyntax.NEQ), nil
		}
		if sym, isOrder := compareSymbols[op]; isOrder {
			return nil, typeErrorf("'%s' not supported between instances of '%s' and '%s'", sym, py.TypeName(x), py.TypeName(y))
		}
		return nil, err
	}
	return starlark.Bool(ok), nil
}

// CrossComparer is a built-in value that compares with values of other
// types as its CPython counterpart does (a namedtuple with a tuple, a
// Decimal with an int); ok is false when it does not know y.
type CrossComparer interface {
	CompareOther(op starsyntax.Token, y starlark.Value) (result, ok bool, err error)
}

// reflected is op with its operands swapped: x < y is y > x.
var reflected = map[starsyntax.Token]starsyntax.Token{
	starsyntax.LT: starsyntax.GT, starsyntax.GT: starsyntax.LT,
	starsyntax.LE: starsyntax.GE, starsyntax.GE: starsyntax.LE,
	starsyntax.EQL: starsyntax.EQL, starsyntax.NEQ: starsyntax.NEQ,
}

// crossCompare asks x, then y with the operator reflected.
func crossCompare(op starsyntax.Token, x, y starlark.Value) (bool, bool, error) {
	if c, ok := x.(CrossComparer); ok {
		if r, known, err := c.CompareOther(op, y); known || err != nil {
			return r, true, err
		}
	}
	if c, ok := y.(CrossComparer); ok {
		if r, known, err := c.CompareOther(reflected[op], x); known || err != nil {
			return r, true, err
		}
	}
	return false, false, nil
}

// compareObjects compares where a script's instance is an operand:
// x.__op__(y), then y's reflection, then identity for == and !=.
func (in *Interp) compareObjects(op starsyntax.Token, x, y starlark.Value) (starlark.Value, error) {
	names := richNames[op]
	if xo, ok := x.(*Object); ok {
		if v, found, err := xo.special(names[0], y); err != nil || (found && v != NotImplemented) {
			return v, err
		}
	}
	if yo, ok := y.(*Object); ok {
		if v, found, err := yo.special(names[1], x); err != nil || (found && v != NotImplemented) {
			return v, err
		}
	}
	if xn, yn := nativeOf(x), nativeOf(y); xn != x || yn != y {
		return in.compare(op, xn, yn)
	}
	switch op {
	case starsyntax.EQL:
		return starlark.Bool(identical(x, y)), nil
	case starsyntax.NEQ:
		if xo, ok := x.(*Object); ok {
			if v, found, err := xo.special("__eq__", y); err != nil || (found && v != NotImplemented) {
				if err != nil {
					return nil, err
				}
				return !v.Truth(), nil
			}
		}
		return starlark.Bool(!identical(x, y)), nil
	}
	return nil, typeErrorf("'%s' not supported between instances of '%s' and '%s'", compareSymbols[op], typeName(x), typeName(y))
}

// identical is x is y: the same object for values that are references,
// the same value for None, booleans, small ints and strings, whose
// identity CPython shares.
func identical(x, y starlark.Value) bool {
	switch x := x.(type) {
	case starlark.NoneType, starlark.Bool, starlark.String:
		return x == y
	case starlark.Int:
		yi, ok := y.(starlark.Int)
		a, aok := x.Int64()
		b, bok := yi.Int64()
		return ok && aok && bok && a == b && a >= -5 && a <= 256
	case starlark.Float, starlark.Tuple, starlark.Bytes:
		return false
	}
	return x == y
}

// contains is x in container.
func (in *Interp) contains(container, x starlark.Value) (bool, error) {
	if o, ok := container.(*Object); ok {
		if v, found, err := o.special("__contains__", x); found || err != nil {
			if err != nil {
				return false, err
			}
			return in.truth(v)
		}
		if o.native != nil {
			return in.contains(o.native, x)
		}
		return in.containsByIteration(o, x)
	}
	v, err := starlark.Binary(starsyntax.IN, x, container)
	if err != nil {
		if _, isIter := container.(starlark.Iterable); isIter {
			return in.containsByIteration(container, x)
		}
		return false, typeErrorf("argument of type '%s' is not iterable", typeName(container))
	}
	return bool(v.Truth()), nil
}

func (in *Interp) containsByIteration(container, x starlark.Value) (bool, error) {
	it, err := in.iterate(container)
	if err != nil {
		return false, typeErrorf("argument of type '%s' is not iterable", typeName(container))
	}
	defer it.Done()
	var v starlark.Value
	for it.Next(&v) {
		if err := in.step(); err != nil {
			return false, err
		}
		eq, err := in.compare(starsyntax.EQL, v, x)
		if err != nil {
			return false, err
		}
		if eq.Truth() {
			return true, nil
		}
	}
	return false, in.iterError(it)
}

// power is x ** y with Python's rules: an int to a negative int power is
// a float, a negative float to a fractional power is complex (refused
// here), 0 to a negative power is ZeroDivisionError.
func power(x, y starlark.Value) (starlark.Value, error) {
	x, y = boolsAsInts(syntax.Pow, x, y)
	xi, xInt := x.(starlark.Int)
	yi, yInt := y.(starlark.Int)
	if xInt && yInt {
		if yi.Sign() >= 0 {
			if yi.BigInt().BitLen() > 32 {
				return nil, newError("MemoryError", "")
			}
			return starlark.MakeBigInt(new(big.Int).Exp(xi.BigInt(), yi.BigInt(), nil)), nil
		}
		if xi.Sign() == 0 {
			return nil, newError("ZeroDivisionError", "0.0 cannot be raised to a negative power")
		}
	}
	xf, xok := starlark.AsFloat(x)
	yf, yok := starlark.AsFloat(y)
	if !xok || !yok {
		return nil, unsupportedOperands(syntax.Pow, x, y)
	}
	switch {
	case xf == 0 && yf < 0:
		return nil, newError("ZeroDivisionError", "0.0 cannot be raised to a negative power")
	case xf < 0 && yf != math.Trunc(yf):
		return nil, newError("ValueError", "complex results are not supported in ORM Lab")
	}
	r := math.Pow(xf, yf)
	if math.IsInf(r, 0) && !math.IsInf(xf, 0) {
		return nil, newError("OverflowError", "(34, 'Numerical result out of range')")
	}
	return starlark.Float(r), nil
}

func isNaN(v starlark.Value) bool {
	f, ok := v.(starlark.Float)
	return ok && math.IsNaN(float64(f))
}

// nativeOf is the dict or list an instance of a dict or list subclass
// holds, or v itself.
func nativeOf(v starlark.Value) starlark.Value {
	if o, ok := v.(*Object); ok && o.native != nil {
		return o.native
	}
	return v
}
