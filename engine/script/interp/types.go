package interp

import (
	"go.starlark.net/starlark"
)

// Type is a built-in type as a value: int, str, list, dict, ... It calls
// the caller's builtin of the same name to make a value, prints as
// <class 'int'>, answers isinstance, is what type() returns for its
// values, and gives the type's methods unbound (str.upper).
type Type struct {
	name string
	fn   starlark.Value // the builtin that makes a value, or nil
}

var (
	_ starlark.Callable = (*Type)(nil)
	_ starlark.HasAttrs = (*Type)(nil)
)

// typeNames are the built-in types the interpreter makes Types of.
var typeNames = []string{"int", "float", "bool", "str", "bytes", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "type", "NoneType"}

func (t *Type) Name() string          { return t.name }
func (t *Type) String() string        { return "<class '" + t.name + "'>" }
func (t *Type) PyRepr() string        { return t.String() }
func (t *Type) Type() string          { return "type" }
func (t *Type) Freeze()               {}
func (t *Type) Truth() starlark.Bool  { return true }
func (t *Type) Hash() (uint32, error) { return starlark.String(t.name).Hash() }

// PyTypeName names the type for isinstance.
func (t *Type) PyTypeName() string { return t.name }

// CallInternal makes a value with the builtin.
func (t *Type) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	switch t.name {
	case "type":
		return builtinType(thread, args, kwargs)
	case "slice":
		return makeSlice(args, kwargs)
	}
	if t.fn == nil {
		return nil, typeErrorf("cannot create '%s' instances", t.name)
	}
	if len(args) == 1 {
		// dict(d) or list(l) of a dict or list subclass copies its items.
		args = starlark.Tuple{nativeOf(args[0])}
	}
	return starlark.Call(thread, t.fn, args, kwargs)
}

// Attr gives __name__ and the type's methods, unbound: str.upper("x") is
// "x".upper().
func (t *Type) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__", "__qualname__":
		return starlark.String(t.name), nil
	case "__module__":
		return starlark.String("builtins"), nil
	}
	if h, ok := t.fn.(starlark.HasAttrs); ok {
		if v, err := h.Attr(name); v != nil || err != nil {
			return v, err
		}
	}
	return starlark.NewBuiltin(t.name+"."+name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, typeErrorf("unbound method %s.%s() needs an argument", t.name, name)
		}
		in := Of(thread)
		if !isBuiltinInstance(args[0], t.name) {
			return nil, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.name, typeName(args[0]))
		}
		m, err := in.getAttr(args[0], name)
		if err != nil {
			return nil, err
		}
		return in.call(m, args[1:], kwargs)
	}), nil
}

func (t *Type) AttrNames() []string { return []string{"__name__"} }

// typeOf is type(v) for the values the interpreter knows.
func (in *Interp) typeOf(v starlark.Value) starlark.Value {
	switch x := v.(type) {
	case *Object:
		return x.class
	case *Class:
		return in.types["type"]
	case interface{ PyClass() starlark.Value }:
		return x.PyClass()
	}
	if t := in.types[typeName(v)]; t != nil {
		return t
	}
	return nil
}

// makeTypes wraps the caller's builtins for the built-in types.
func (in *Interp) makeTypes() {
	in.types = map[string]*Type{}
	for _, name := range typeNames {
		in.types[name] = &Type{name: name, fn: in.opts.Builtins[name]}
	}
}

// builtinType is type(x): its class, or the caller's type() for values
// the interpreter does not know (dates, model instances).
func builtinType(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		if len(args) == 3 {
			return nil, newError("NotImplementedError", "type() with three arguments (making a class at run time) is not supported in ORM Lab; write a class statement")
		}
		return nil, typeErrorf("type() takes 1 or 3 arguments")
	}
	in := Of(thread)
	if t := in.typeOf(args[0]); t != nil {
		return t, nil
	}
	if fn, ok := in.opts.Builtins["type"]; ok {
		return starlark.Call(thread, fn, args, kwargs)
	}
	return nil, typeErrorf("type() of this value is not known")
}

// makeSlice is slice(stop) or slice(start, stop[, step]).
func makeSlice(args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, typeErrorf("slice() takes no keyword arguments")
	}
	s := &Slice{Start: starlark.None, Stop: starlark.None, Step: starlark.None}
	switch len(args) {
	case 1:
		s.Stop = args[0]
	case 2, 3:
		s.Start, s.Stop = args[0], args[1]
		if len(args) == 3 {
			s.Step = args[2]
		}
	default:
		return nil, typeErrorf("slice expected at least 1 argument, got %d", len(args))
	}
	return s, nil
}
