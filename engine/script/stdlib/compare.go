package stdlib

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// CrossComparer is implemented by this package's values that compare
// with values of another type, as their CPython counterparts do: a
// namedtuple record with a tuple, a Counter or OrderedDict with a dict,
// a Decimal with an int or a float, a frozenset with a set. ok is false
// when y is not such a value. The interpreter's comparison asks x, then
// y with the operator reflected, before Starlark's same-type ordering.
type CrossComparer interface {
	CompareOther(op syntax.Token, y starlark.Value) (result, ok bool, err error)
}

var (
	_ CrossComparer = (*Record)(nil)
	_ CrossComparer = (*Counter)(nil)
	_ CrossComparer = (*DefaultDict)(nil)
	_ CrossComparer = (*OrderedDict)(nil)
	_ CrossComparer = (*Decimal)(nil)
)

// CompareOther compares a record with a plain tuple, item by item.
func (r *Record) CompareOther(op syntax.Token, y starlark.Value) (bool, bool, error) {
	t, ok := y.(starlark.Tuple)
	if !ok {
		return false, false, nil
	}
	eq, err := starlark.Compare(op, r.items, t)
	return eq, true, err
}

// dictEquality is == and != between a dict subclass and a dict (or
// another subclass): equal items, in any order.
func dictEquality(d *starlark.Dict, op syntax.Token, y starlark.Value) (bool, bool, error) {
	if op != syntax.EQL && op != syntax.NEQ {
		return false, false, nil
	}
	var other *starlark.Dict
	switch x := y.(type) {
	case *starlark.Dict:
		other = x
	case DictLike:
		other = x.Dict()
	default:
		return false, false, nil
	}
	eq, err := starlark.Compare(op, d, other)
	return eq, true, err
}

func (c *Counter) CompareOther(op syntax.Token, y starlark.Value) (bool, bool, error) {
	return dictEquality(c.d, op, y)
}

func (dd *DefaultDict) CompareOther(op syntax.Token, y starlark.Value) (bool, bool, error) {
	return dictEquality(dd.d, op, y)
}

func (od *OrderedDict) CompareOther(op syntax.Token, y starlark.Value) (bool, bool, error) {
	return dictEquality(od.d, op, y)
}

// CompareOther compares a Decimal with an int, a bool or a float by
// exact value.
func (d *Decimal) CompareOther(op syntax.Token, y starlark.Value) (bool, bool, error) {
	other, ok := toDecimal(y)
	if !ok {
		f, isFloat := y.(starlark.Float)
		if !isFloat {
			return false, false, nil
		}
		other = floatDecimal(float64(f))
	}
	r, err := d.compare(op, other)
	return r, true, err
}
