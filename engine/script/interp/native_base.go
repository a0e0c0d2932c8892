package interp

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// A class may derive from dict or list, as Django code does for a
// dict with defaults (__missing__) or a list with helpers. Its instances
// hold a real dict or list (Object.native): what the class does not
// define itself — items, len, iteration, membership, repr, equality and
// the type's methods — goes to it.

// nativeClasses stand for dict and list among a class's bases.
var nativeClasses = map[string]*Class{
	"dict": newNativeClass("dict"),
	"list": newNativeClass("list"),
}

func newNativeClass(name string) *Class {
	c := newBuiltinClass(name, objectClass)
	c.native = name
	return c
}

// nativeKind is the built-in type c derives from, or "".
func (c *Class) nativeKind() string {
	for _, k := range c.mro {
		if k.native != "" {
			return k.native
		}
	}
	return ""
}

// newNative is an empty value of the kind.
func newNative(kind string) starlark.Value {
	if kind == "dict" {
		return starlark.NewDict(0)
	}
	return starlark.NewList(nil)
}

// initNative fills an instance's dict or list as dict(...) or list(...)
// would from the same arguments.
func (in *Interp) initNative(o *Object, args starlark.Tuple, kwargs []starlark.Tuple) error {
	t := in.types[o.class.nativeKind()]
	if t == nil || t.fn == nil {
		return nil
	}
	v, err := starlark.Call(in.thread, t.fn, args, kwargs)
	if err != nil {
		return err
	}
	switch n := o.native.(type) {
	case *starlark.Dict:
		return in.mergeInto(n, v)
	case *starlark.List:
		return in.extend(n, v)
	}
	return nil
}

// nativeAttr is a method of the instance's dict or list, bound to it.
func (in *Interp) nativeAttr(o *Object, name string) (starlark.Value, error) {
	if in.opts.Attr != nil {
		v, err := in.opts.Attr(in.thread, o.native, name)
		if err != nil {
			return nil, nil
		}
		return v, nil
	}
	v, _ := py.Attr(o.native, name)
	return v, nil
}

// nativeGetItem is o[k] from the instance's dict or list, with
// __missing__ for a key a dict lacks.
func (in *Interp) nativeGetItem(o *Object, k starlark.Value) (starlark.Value, error) {
	if d, ok := o.native.(*starlark.Dict); ok {
		v, found, err := d.Get(k)
		if err != nil || found {
			return v, err
		}
		if v, found, err := o.special("__missing__", k); found || err != nil {
			return v, err
		}
		return nil, py.KeyError(k)
	}
	return in.getItem(o.native, k)
}

// Native is the dict or list an instance of a dict or list subclass
// holds, or v itself: for builtins that read such a value's items
// (reversed) when its class defines nothing of its own for them.
func Native(v starlark.Value) starlark.Value {
	if o, ok := v.(*Object); ok && o.native != nil {
		if r, _ := o.class.lookup("__reversed__"); r == nil {
			return o.native
		}
	}
	return v
}
