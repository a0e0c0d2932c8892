package interp

import "go.starlark.net/starlark"

// Modules are the standard library's parts that need the interpreter's
// classes or generators, by module: the runtime's import merges them
// with its own modules.
var Modules = map[string]starlark.StringDict{
	"dataclasses": {
		"dataclass":           starlark.NewBuiltin("dataclass", builtinDataclass),
		"field":               starlark.NewBuiltin("field", builtinField),
		"fields":              starlark.NewBuiltin("fields", builtinFields),
		"asdict":              starlark.NewBuiltin("asdict", builtinAsdict(false)),
		"astuple":             starlark.NewBuiltin("astuple", builtinAsdict(true)),
		"replace":             starlark.NewBuiltin("replace", builtinReplace),
		"is_dataclass":        starlark.NewBuiltin("is_dataclass", builtinIsDataclass),
		"FrozenInstanceError": frozenInstanceError,
	},
	"contextlib": {
		"contextmanager": starlark.NewBuiltin("contextmanager", builtinContextmanager),
		"suppress":       starlark.NewBuiltin("suppress", builtinSuppress),
		"nullcontext":    starlark.NewBuiltin("nullcontext", builtinNullcontext),
	},
	"functools": {
		"cached_property": starlark.NewBuiltin("cached_property", builtinCachedProperty),
		"total_ordering":  starlark.NewBuiltin("total_ordering", builtinTotalOrdering),
	},
	"django.utils.functional": {
		"cached_property": starlark.NewBuiltin("cached_property", builtinCachedProperty),
	},
}

// frozenInstanceError is dataclasses.FrozenInstanceError.
var frozenInstanceError = func() *Class {
	c := newBuiltinClass("FrozenInstanceError", builtinExceptions["AttributeError"])
	c.modname = "dataclasses"
	return c
}()

func builtinCachedProperty(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs("cached_property", args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return &CachedProperty{fn: fn, name: calleeName(fn)}, nil
}

// builtinTotalOrdering is functools.total_ordering: a class that defines
// __eq__ and one ordering gets the other three.
func builtinTotalOrdering(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("total_ordering", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	c, ok := v.(*Class)
	if !ok || c.in == nil {
		return nil, typeErrorf("total_ordering needs a class")
	}
	in := Of(thread)
	var root string
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		if m, owner := c.lookup(name); m != nil && owner.in != nil {
			root = name
			break
		}
	}
	if root == "" {
		return nil, newError("ValueError", "must define at least one ordering operation: < > <= >=")
	}
	for name, derive := range orderingRules[root] {
		if m, owner := c.lookup(name); m == nil || owner.in == nil {
			c.dict.Set(name, in.derivedOrdering(c, name, root, derive))
		}
	}
	return c, nil
}

// orderingRules say, for the ordering a class defines, how each other one
// follows from it and __eq__: "not" (negate), "or-eq", "and-not-eq", or
// "not-or-eq" / "not-and-not-eq".
var orderingRules = map[string]map[string]string{
	"__lt__": {"__gt__": "not-and-not-eq", "__le__": "or-eq", "__ge__": "not"},
	"__le__": {"__ge__": "not-or-eq", "__lt__": "and-not-eq", "__gt__": "not"},
	"__gt__": {"__lt__": "not-and-not-eq", "__ge__": "or-eq", "__le__": "not"},
	"__ge__": {"__le__": "not-or-eq", "__gt__": "and-not-eq", "__lt__": "not"},
}

func (in *Interp) derivedOrdering(c *Class, name, root, rule string) *Function {
	return in.nativeFunction(c.qualname+"."+name, name, []string{"self", "other"}, nil, func(fr *frame, args []starlark.Value) (starlark.Value, error) {
		self := args[0].(*Object)
		r, _, err := self.special(root, args[1])
		if err != nil || r == NotImplemented {
			return r, err
		}
		base := bool(r.Truth())
		if rule == "not" {
			return starlark.Bool(!base), nil
		}
		eqV, _, err := self.special("__eq__", args[1])
		if err != nil {
			return nil, err
		}
		eq := eqV != nil && bool(eqV.Truth())
		switch rule {
		case "or-eq":
			return starlark.Bool(base || eq), nil
		case "and-not-eq":
			return starlark.Bool(base && !eq), nil
		case "not-or-eq":
			return starlark.Bool(!base || eq), nil
		}
		return starlark.Bool(!base && !eq), nil
	})
}
