package script

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

// liveView is dict.keys(), values() or items() on the Python front end:
// it reads the dict each time, so it shows later changes, and keys and
// items views take the set operators, as Python's views do.
// See https://docs.python.org/3/library/stdtypes.html#dict-views.
type liveView struct {
	kind string // dict_keys, dict_values or dict_items
	d    *starlark.Dict
}

var (
	_ starlark.Sequence  = liveView{}
	_ starlark.Container = liveView{}
	_ starlark.HasBinary = liveView{}
	_ py.Reprer          = liveView{}
)

func (v liveView) String() string       { return v.PyRepr() }
func (v liveView) Type() string         { return v.kind }
func (v liveView) Freeze()              {}
func (v liveView) Truth() starlark.Bool { return v.d.Len() > 0 }
func (v liveView) Len() int             { return v.d.Len() }
func (v liveView) Hash() (uint32, error) {
	return 0, py.Errorf("TypeError", "unhashable type: '%s'", v.kind)
}

// elems is the view's items now.
func (v liveView) elems() []starlark.Value {
	items := v.d.Items()
	out := make([]starlark.Value, len(items))
	for i, kv := range items {
		switch v.kind {
		case "dict_keys":
			out[i] = kv[0]
		case "dict_values":
			out[i] = kv[1]
		default:
			out[i] = kv
		}
	}
	return out
}

// Iterate iterates the keys through the dict itself, so that changing
// its size meanwhile is an error, as in Python; values and items from a
// copy.
func (v liveView) Iterate() starlark.Iterator {
	if v.kind == "dict_keys" {
		return v.d.Iterate()
	}
	return starlark.Tuple(v.elems()).Iterate()
}

// Has is x in view: a key lookup for keys and items.
func (v liveView) Has(x starlark.Value) (bool, error) {
	switch v.kind {
	case "dict_keys":
		_, found, err := v.d.Get(x)
		return found, err
	case "dict_items":
		kv, ok := x.(starlark.Tuple)
		if !ok || len(kv) != 2 {
			return false, nil
		}
		val, found, err := v.d.Get(kv[0])
		if err != nil || !found {
			return false, err
		}
		return starlark.Equal(val, kv[1])
	}
	for _, e := range v.elems() {
		if eq, err := starlark.Equal(e, x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// PyRepr is dict_keys(['a', 'b']).
func (v liveView) PyRepr() string { return v.kind + "(" + py.Repr(starlark.NewList(v.elems())) + ")" }

// Binary is &, |, - and ^ of a keys or items view with any iterable: a
// set, as in Python.
func (v liveView) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if v.kind == "dict_values" {
		return nil, nil
	}
	switch op {
	case syntax.AMP, syntax.PIPE, syntax.MINUS, syntax.CIRCUMFLEX:
	default:
		return nil, nil
	}
	mine, err := setOf(starlark.Tuple(v.elems()))
	if err != nil {
		return nil, err
	}
	other, err := setOf(y)
	if err != nil {
		return nil, err
	}
	if side == starlark.Right {
		mine, other = other, mine
	}
	return starlark.Binary(op, mine, other)
}

func setOf(v starlark.Value) (*starlark.Set, error) {
	items, err := stdlib.Elements(nil, v)
	if err != nil {
		return nil, err
	}
	s := starlark.NewSet(len(items))
	for _, x := range items {
		if err := s.Insert(x); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// liveViewMethod is dict.keys, values or items on the Python front end.
func liveViewMethod(kind string) *starlark.Builtin {
	return starlark.NewBuiltin(kind[len("dict_"):], func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		return liveView{kind: kind, d: b.Receiver().(*starlark.Dict)}, nil
	})
}
