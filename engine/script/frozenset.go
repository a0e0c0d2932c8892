package script

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

// frozenSet is Python's frozenset: an immutable, hashable set, which
// prints as frozenset({1, 2}) and keeps its type through the set
// operators it starts.
// See https://docs.python.org/3/library/stdtypes.html#frozenset.
type frozenSet struct{ s *starlark.Set }

var (
	_ starlark.Iterable   = frozenSet{}
	_ starlark.Sequence   = frozenSet{}
	_ starlark.HasBinary  = frozenSet{}
	_ starlark.Comparable = frozenSet{}
	_ starlark.HasAttrs   = frozenSet{}
)

func builtin_frozenset(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value = starlark.Tuple{}
	if err := starlark.UnpackPositionalArgs("frozenset", args, kwargs, 0, &iterable); err != nil {
		return nil, err
	}
	s, err := setOf(iterable)
	if err != nil {
		return nil, err
	}
	s.Freeze()
	return frozenSet{s}, nil
}

func (f frozenSet) String() string             { return f.PyRepr() }
func (f frozenSet) Type() string               { return "frozenset" }
func (f frozenSet) Freeze()                    {}
func (f frozenSet) Truth() starlark.Bool       { return f.s.Len() > 0 }
func (f frozenSet) Len() int                   { return f.s.Len() }
func (f frozenSet) Iterate() starlark.Iterator { return f.s.Iterate() }

// Hash combines the items' hashes in a way their order cannot change.
func (f frozenSet) Hash() (uint32, error) {
	var h uint32 = 0x345678
	items, err := stdlib.Elements(nil, f.s)
	for _, x := range items {
		xh, err := x.Hash()
		if err != nil {
			return 0, err
		}
		h ^= xh*0x9e3779b1 + 0x7f4a7c15
	}
	return h, err
}

// PyRepr is frozenset({1, 2}), or frozenset() when empty.
func (f frozenSet) PyRepr() string {
	if f.s.Len() == 0 {
		return "frozenset()"
	}
	return "frozenset(" + py.Repr(f.s) + ")"
}

// asSet is a set or frozenset operand as a set.
func asSet(v starlark.Value) (*starlark.Set, bool) {
	switch x := v.(type) {
	case *starlark.Set:
		return x, true
	case frozenSet:
		return x.s, true
	}
	return nil, false
}

// Binary is |, &, - and ^ with a set or frozenset: a frozenset when the
// left operand is one, as in Python.
func (f frozenSet) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	other, ok := asSet(y)
	if !ok {
		return nil, nil
	}
	x, z := f.s, other
	if side == starlark.Right {
		x, z = other, f.s
	}
	r, err := starlark.Binary(op, x, z)
	if err != nil || r == nil {
		return r, err
	}
	if s, isSet := r.(*starlark.Set); isSet && side == starlark.Left {
		s.Freeze()
		return frozenSet{s}, nil
	}
	return r, nil
}

func (f frozenSet) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, f.s, y.(frozenSet).s, depth)
}

// Attr gives the set methods that do not change the set; those that make
// a set make a frozenset.
func (f frozenSet) Attr(name string) (starlark.Value, error) {
	switch name {
	case "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset":
	case "isdisjoint":
		return methods["set"]["isdisjoint"].BindReceiver(f.s), nil
	case "copy":
		return starlark.NewBuiltin("copy", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return f, nil
		}), nil
	default:
		return nil, nil
	}
	inner, err := f.s.Attr(name)
	if err != nil || inner == nil {
		return inner, err
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		r, err := starlark.Call(thread, inner, args, kwargs)
		if s, ok := r.(*starlark.Set); ok && err == nil {
			s.Freeze()
			return frozenSet{s}, nil
		}
		return r, err
	}), nil
}

func (f frozenSet) AttrNames() []string {
	return []string{"copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"}
}

// CompareOther compares a frozenset with a set, as Python does.
func (f frozenSet) CompareOther(op syntax.Token, y starlark.Value) (bool, bool, error) {
	s, ok := y.(*starlark.Set)
	if !ok {
		return false, false, nil
	}
	r, err := starlark.Compare(op, f.s, s)
	return r, true, err
}
