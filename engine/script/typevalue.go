package script

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

// typeValueOf returns the class of a value, printed as Python prints it:
// <class 'str'>.
func typeValueOf(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	switch v.(type) {
	case py.Date:
		return py.DateClass, nil
	case py.DateTime:
		return py.DateTimeClass, nil
	case py.TimeDelta:
		return py.TimeDeltaClass, nil
	}
	return typeValue{py.TypeName(v)}, nil
}

// typeValue is the class of a value without a Python class of its own.
type typeValue struct{ name string }

var (
	_ starlark.HasAttrs = typeValue{}
	_ py.Reprer         = typeValue{}
)

// String returns the Python repr.
func (t typeValue) String() string { return t.PyRepr() }

// Type returns "type".
func (t typeValue) Type() string { return "type" }

// Freeze does nothing: classes are immutable.
func (t typeValue) Freeze() {}

// Truth returns True.
func (t typeValue) Truth() starlark.Bool { return true }

// Hash hashes the class name.
func (t typeValue) Hash() (uint32, error) { return starlark.String(t.name).Hash() }

// PyRepr returns <class 'str'>.
func (t typeValue) PyRepr() string { return "<class '" + t.name + "'>" }

// Attr returns __name__.
func (t typeValue) Attr(name string) (starlark.Value, error) {
	if name == "__name__" {
		return starlark.String(t.name), nil
	}
	return nil, nil
}

// AttrNames lists __name__.
func (t typeValue) AttrNames() []string { return []string{"__name__"} }

// builtin_type is type(x) for the values the interpreter leaves to
// the runtime: the stdlib's (a namedtuple record's type, Decimal), else
// the rewriter's type values (dates, model instances).
func builtin_type(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		if t, ok := stdlib.TypeOf(args[0]); ok {
			return t, nil
		}
	}
	return typeValueOf(thread, b, args, kwargs)
}

// withAttrs is a builtin that makes a built-in type's values and also
// has the type's class methods, which the interpreter's type value
// (dict, str) offers as its attributes: dict.fromkeys, str.maketrans.
type withAttrs struct {
	*starlark.Builtin
	attrs starlark.StringDict
}

func (w withAttrs) Attr(name string) (starlark.Value, error) { return w.attrs[name], nil }

func (w withAttrs) AttrNames() []string { return w.attrs.Keys() }
