package orm

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// Row is a values_list(named=True) result: a namedtuple class named Row
// whose fields are the selected names, so a row reads as row.title,
// row[0] or by unpacking.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#values-list
type Row struct {
	names  []string
	values starlark.Tuple
}

var (
	_ starlark.Indexable  = (*Row)(nil)
	_ starlark.Sliceable  = (*Row)(nil)
	_ starlark.Iterable   = (*Row)(nil)
	_ starlark.HasAttrs   = (*Row)(nil)
	_ starlark.Comparable = (*Row)(nil)
	_ py.Reprer           = (*Row)(nil)
)

// PyRepr is the namedtuple repr: Row(id=1, name='The Daily Byte').
func (r *Row) PyRepr() string {
	parts := make([]string, len(r.names))
	for i, n := range r.names {
		parts[i] = n + "=" + py.Repr(r.values[i])
	}
	return "Row(" + strings.Join(parts, ", ") + ")"
}

// String implements starlark.Value.
func (r *Row) String() string { return r.PyRepr() }

// Type implements starlark.Value: the class Django creates is named Row.
func (r *Row) Type() string { return "Row" }

// Freeze implements starlark.Value.
func (r *Row) Freeze() { r.values.Freeze() }

// Truth implements starlark.Value.
func (r *Row) Truth() starlark.Bool { return len(r.values) > 0 }

// Hash hashes the row as the tuple it is.
func (r *Row) Hash() (uint32, error) { return r.values.Hash() }

// Len implements starlark.Sequence.
func (r *Row) Len() int { return len(r.values) }

// Index implements starlark.Indexable.
func (r *Row) Index(i int) starlark.Value { return r.values[i] }

// Slice returns a plain tuple, as slicing a namedtuple does.
func (r *Row) Slice(start, end, step int) starlark.Value { return r.values.Slice(start, end, step) }

// Iterate implements starlark.Iterable, so rows unpack.
func (r *Row) Iterate() starlark.Iterator { return r.values.Iterate() }

// CompareSameType compares rows as tuples.
func (r *Row) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, r.values, y.(*Row).values, depth)
}

// Attr reads a field by name, the namedtuple helpers _fields and
// _asdict(), or the tuple methods count() and index().
func (r *Row) Attr(name string) (starlark.Value, error) {
	for i, n := range r.names {
		if n == name {
			return r.values[i], nil
		}
	}
	switch name {
	case "_fields":
		fields := make(starlark.Tuple, len(r.names))
		for i, n := range r.names {
			fields[i] = starlark.String(n)
		}
		return fields, nil
	case "_asdict":
		return starlark.NewBuiltin("_asdict", r.asDict), nil
	case "count":
		return starlark.NewBuiltin("count", r.count), nil
	case "index":
		return starlark.NewBuiltin("index", r.index), nil
	}
	return nil, py.Errorf("AttributeError", "'Row' object has no attribute '%s'", name)
}

func (r *Row) asDict(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs(b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	d := starlark.NewDict(len(r.names))
	for i, n := range r.names {
		if err := d.SetKey(starlark.String(n), r.values[i]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// AttrNames implements starlark.HasAttrs.
func (r *Row) AttrNames() []string {
	return append(append([]string(nil), r.names...), "_asdict", "_fields", "count", "index")
}

// count is tuple.count(x).
func (r *Row) count(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, typeError("tuple.count() takes exactly one argument (%d given)", len(args)+len(kwargs))
	}
	n := 0
	for _, v := range r.values {
		if eq, err := starlark.Equal(v, args[0]); err == nil && eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

// index is tuple.index(x): the first position holding x.
func (r *Row) index(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("index", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	for i, v := range r.values {
		if eq, err := starlark.Equal(v, x); err == nil && eq {
			return starlark.MakeInt(i), nil
		}
	}
	return nil, valueError("tuple.index(x): x not in tuple")
}
