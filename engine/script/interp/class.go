package interp

import (
	"fmt"
	"strings"
	"sync/atomic"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// Class is a class a script defines, or one of the built-in classes the
// interpreter provides (object and the exception hierarchy), which are
// shared by every run and cannot be changed.
// See https://docs.python.org/3/reference/datamodel.html#custom-classes
type Class struct {
	name      string
	qualname  string
	bases     []*Class
	mro       []*Class
	dict      *Namespace
	in        *Interp // nil for a built-in class
	exception bool    // derives from BaseException
	id        uint64
	// modname is the module of a built-in class that is not a builtin
	// (dataclasses.FrozenInstanceError), which tracebacks name.
	modname string
	owned   bool   // a model's own exception class (Book.DoesNotExist)
	native  string // "dict" or "list" for the classes that stand for them
}

var (
	_ starlark.Callable    = (*Class)(nil)
	_ starlark.HasAttrs    = (*Class)(nil)
	_ starlark.HasSetField = (*Class)(nil)
)

// ids numbers classes and instances, for hashing by identity.
var ids atomic.Uint64

// objectClass is object, the root of every class.
var objectClass = newBuiltinClass("object", nil)

func newBuiltinClass(name string, base *Class) *Class {
	c := &Class{name: name, qualname: name, dict: NewNamespace(), id: ids.Add(1)}
	if base != nil {
		c.bases = []*Class{base}
		c.exception = base.exception || name == "BaseException"
	}
	c.mro = append([]*Class{c}, mroOfBase(base)...)
	if name == "BaseException" {
		c.exception = true
	}
	return c
}

func mroOfBase(base *Class) []*Class {
	if base == nil {
		return nil
	}
	return base.mro
}

// Name returns the class's name.
func (c *Class) Name() string { return c.name }

func (c *Class) String() string {
	if c.modname != "" {
		return "<class '" + c.modname + "." + c.qualname + "'>"
	}
	if c.in == nil {
		return "<class '" + c.name + "'>"
	}
	return "<class '__main__." + c.qualname + "'>"
}

// PyRepr implements py.Reprer.
func (c *Class) PyRepr() string { return c.String() }

func (c *Class) Type() string         { return "type" }
func (c *Class) Freeze()              {}
func (c *Class) Truth() starlark.Bool { return true }
func (c *Class) Hash() (uint32, error) {
	return uint32(c.id), nil
}

// lookup finds name in the class and its bases, in method resolution
// order.
func (c *Class) lookup(name string) (starlark.Value, *Class) {
	for _, k := range c.mro {
		if v := k.dict.Get(name); v != nil {
			return v, k
		}
	}
	return nil, nil
}

// isSubclass reports whether c is base or derives from it.
func (c *Class) isSubclass(base *Class) bool {
	for _, k := range c.mro {
		if k == base {
			return true
		}
	}
	return false
}

// Attr implements starlark.HasAttrs: what Class.attr reads.
func (c *Class) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__":
		return starlark.String(c.name), nil
	case "__qualname__":
		return starlark.String(c.qualname), nil
	case "__module__":
		return starlark.String(c.module()), nil
	case "__mro__":
		return c.mroTuple(), nil
	case "__bases__":
		return c.basesTuple(), nil
	case "__doc__":
		if v := c.dict.Get("__doc__"); v != nil {
			return v, nil
		}
		return starlark.None, nil
	case "__dict__":
		return namespaceDict(c.dict), nil
	case "mro":
		return starlark.NewBuiltin("mro", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.NewList(c.mroTuple()), nil
		}), nil
	}
	v, _ := c.lookup(name)
	if v == nil {
		return nil, nil
	}
	return bindToClass(v, c), nil
}

func (c *Class) module() string {
	if c.modname != "" {
		return c.modname
	}
	if c.in == nil {
		return "builtins"
	}
	return "__main__"
}

func (c *Class) mroTuple() starlark.Tuple {
	t := make(starlark.Tuple, len(c.mro))
	for i, k := range c.mro {
		t[i] = k
	}
	return t
}

func (c *Class) basesTuple() starlark.Tuple {
	t := make(starlark.Tuple, len(c.bases))
	for i, k := range c.bases {
		t[i] = k
	}
	return t
}

// AttrNames implements starlark.HasAttrs.
func (c *Class) AttrNames() []string {
	seen := map[string]bool{}
	var out []string
	for _, k := range c.mro {
		for _, name := range k.dict.Keys() {
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
	}
	return out
}

// SetField implements starlark.HasSetField: Class.attr = v.
func (c *Class) SetField(name string, v starlark.Value) error {
	if c.in == nil {
		return typeErrorf("cannot set '%s' attribute of immutable type '%s'", name, c.name)
	}
	c.dict.Set(name, v)
	return nil
}

// CallInternal makes an instance: it creates the object and runs the
// class's __init__.
func (c *Class) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	obj := &Object{class: c, dict: NewNamespace(), id: ids.Add(1)}
	if c.exception {
		obj.args = append(starlark.Tuple(nil), args...)
	}
	kind := c.nativeKind()
	if kind != "" {
		obj.native = newNative(kind)
	}
	init, owner := c.lookup("__init__")
	if init == nil || owner.in == nil {
		if kind != "" {
			return obj, c.in.initNative(obj, args, kwargs)
		}
		return obj, c.builtinInit(obj, args, kwargs)
	}
	res, err := starlark.Call(thread, init, append(starlark.Tuple{obj}, args...), kwargs)
	if err != nil {
		return nil, err
	}
	if res != starlark.None {
		return nil, typeErrorf("__init__() should return None, not '%s'", typeName(res))
	}
	return obj, nil
}

// builtinInit is object.__init__ or BaseException.__init__ for a class
// that defines no __init__ of its own.
func (c *Class) builtinInit(obj *Object, args starlark.Tuple, kwargs []starlark.Tuple) error {
	if c.exception {
		if len(kwargs) > 0 {
			return typeErrorf("%s() takes no keyword arguments", c.name)
		}
		return nil
	}
	if len(args) > 0 || len(kwargs) > 0 {
		return typeErrorf("%s() takes no arguments", c.name)
	}
	return nil
}

// newClass makes the class a class statement defines.
func (in *Interp) newClass(name, qualname string, bases []*Class, ns *Namespace) (*Class, error) {
	if len(bases) == 0 {
		bases = []*Class{objectClass}
	}
	c := &Class{name: name, qualname: qualname, bases: bases, dict: ns, in: in, id: ids.Add(1)}
	mro, err := linearize(c)
	if err != nil {
		return nil, err
	}
	c.mro = mro
	if ns.Get("__eq__") != nil && ns.Get("__hash__") == nil {
		ns.Set("__hash__", starlark.None)
	}
	for _, b := range bases {
		c.exception = c.exception || b.exception
	}
	for _, key := range ns.Keys() {
		if err := in.setName(c, key, ns.Get(key)); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// setName tells a value defined in a class body which class holds it:
// functions learn it for super(), and cached properties their name.
func (in *Interp) setName(c *Class, name string, v starlark.Value) error {
	switch v := v.(type) {
	case *Function:
		if v.class == nil {
			v.class = c
		}
	case *ClassMethod:
		return in.setName(c, name, v.fn)
	case *StaticMethod:
		return in.setName(c, name, v.fn)
	case *Property:
		v.name = name
		for _, f := range []starlark.Value{v.fget, v.fset, v.fdel} {
			if f != nil {
				_ = in.setName(c, name, f)
			}
		}
	case *CachedProperty:
		v.name = name
		return in.setName(c, name, v.fn)
	}
	return nil
}

// linearize computes the method resolution order by C3 linearization.
// See https://docs.python.org/3/howto/mro.html
func linearize(c *Class) ([]*Class, error) {
	seqs := make([][]*Class, 0, len(c.bases)+1)
	for _, b := range c.bases {
		seqs = append(seqs, append([]*Class(nil), b.mro...))
	}
	seqs = append(seqs, append([]*Class(nil), c.bases...))
	out := []*Class{c}
	for {
		seqs = nonEmpty(seqs)
		if len(seqs) == 0 {
			return out, nil
		}
		head := mroHead(seqs)
		if head == nil {
			return nil, typeErrorf("Cannot create a consistent method resolution\norder (MRO) for bases %s", classNames(c.bases))
		}
		out = append(out, head)
		for i, s := range seqs {
			if s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
}

func nonEmpty(seqs [][]*Class) [][]*Class {
	out := seqs[:0]
	for _, s := range seqs {
		if len(s) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// mroHead is the first head of a sequence that is in no other
// sequence's tail.
func mroHead(seqs [][]*Class) *Class {
	for _, s := range seqs {
		if !inTail(s[0], seqs) {
			return s[0]
		}
	}
	return nil
}

func inTail(c *Class, seqs [][]*Class) bool {
	for _, s := range seqs {
		for _, k := range s[1:] {
			if k == c {
				return true
			}
		}
	}
	return false
}

func classNames(cs []*Class) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.name
	}
	return strings.Join(names, ", ")
}

// typeName is the Python type name of any value.
func typeName(v starlark.Value) string {
	switch v := v.(type) {
	case *Object:
		return v.class.name
	case *Class:
		return "type"
	case starlark.NoneType:
		return "NoneType"
	case *starlark.List:
		return "list"
	case starlark.Tuple:
		return "tuple"
	case *starlark.Dict:
		return "dict"
	case *starlark.Set:
		return "set"
	case *starlark.Function, *Function:
		return "function"
	case *starlark.Builtin:
		return "builtin_function_or_method"
	}
	return py.TypeName(v)
}

func typeErrorf(format string, args ...any) error {
	return newError("TypeError", fmt.Sprintf(format, args...))
}
