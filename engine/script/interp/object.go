package interp

import (
	"fmt"

	"go.starlark.net/starlark"
	starsyntax "go.starlark.net/syntax"

	"ormlab/engine/py"
)

// Object is an instance of a Class. Its special methods (__repr__,
// __eq__, __iter__, ...) answer the interfaces through which builtins and
// the ORM see values, calling back into the run that made the class.
// See https://docs.python.org/3/reference/datamodel.html#special-method-names
type Object struct {
	class *Class
	dict  *Namespace
	id    uint64
	// args, cause and context are an exception's.
	args            starlark.Tuple
	cause, context  *Object
	suppressContext bool
	frozen          bool           // a frozen dataclass after __init__
	native          starlark.Value // the dict or list of a class deriving from one
	suggestion      string         // a name close to a missing one, for the traceback
}

var (
	_ starlark.HasAttrs    = (*Object)(nil)
	_ starlark.HasSetField = (*Object)(nil)
	_ starlark.Iterable    = (*Object)(nil)
	_ starlark.Callable    = (*Object)(nil)
	_ starlark.HasBinary   = (*Object)(nil)
	_ starlark.Comparable  = (*Object)(nil)
	_ py.Reprer            = (*Object)(nil)
	_ py.Stringer          = (*Object)(nil)
)

// Class returns the object's class.
func (o *Object) Class() *Class { return o.class }

// special calls the special method name of o's class, if it defines
// one: found is false when it does not.
func (o *Object) special(name string, args ...starlark.Value) (v starlark.Value, found bool, err error) {
	m, _ := o.class.lookup(name)
	if m == nil || o.class.in == nil {
		return nil, false, nil
	}
	in := o.class.in
	v, err = starlark.Call(in.thread, bindToObject(m, o, o.class), args, nil)
	return v, true, err
}

// reentryCost is what a special method called from Go adds to the
// recursion depth beyond its own frame.
const reentryCost = 2

// quietly runs a special method where Starlark gives no error return:
// the error waits on the interpreter and stops the next statement.
func (o *Object) quietly(name string, args ...starlark.Value) (starlark.Value, bool) {
	// A special method reached from Go (repr, str, bool, len of a value a
	// builtin holds) nests many Go calls per Python frame, and under
	// js/wasm those use the browser's own, smaller stack. It counts
	// reentryCost frames towards the recursion limit, as CPython counts
	// its C-level repr and str calls.
	in := o.class.in
	if in != nil {
		in.depth += reentryCost
		defer func() { in.depth -= reentryCost }()
	}
	v, found, err := o.special(name, args...)
	if err != nil {
		o.class.in.defer_(err)
		return nil, found
	}
	return v, found
}

// defer_ keeps the first error raised where it could not be returned.
func (in *Interp) defer_(err error) {
	if in.pending == nil {
		in.pending = err
	}
}

func (o *Object) String() string { return o.PyRepr() }

// PyRepr implements py.Reprer with __repr__.
func (o *Object) PyRepr() string {
	if v, ok := o.quietly("__repr__"); ok {
		if s, isStr := v.(starlark.String); isStr {
			return string(s)
		}
		if v != nil {
			o.class.in.defer_(typeErrorf("__repr__ returned non-string (type %s)", typeName(v)))
		}
		return ""
	}
	return defaultRepr(o)
}

// PyStr implements py.Stringer with __str__, else __repr__.
func (o *Object) PyStr() string {
	if v, ok := o.quietly("__str__"); ok {
		if s, isStr := v.(starlark.String); isStr {
			return string(s)
		}
		if v != nil {
			o.class.in.defer_(typeErrorf("__str__ returned non-string (type %s)", typeName(v)))
		}
		return ""
	}
	if o.class.exception {
		return exceptionStr(o)
	}
	return o.PyRepr()
}

func (o *Object) Type() string { return o.class.name }
func (o *Object) Freeze()      {}

// Truth implements __bool__, then __len__.
func (o *Object) Truth() starlark.Bool {
	if v, ok := o.quietly("__bool__"); ok {
		b, isBool := v.(starlark.Bool)
		if !isBool && v != nil {
			o.class.in.defer_(typeErrorf("__bool__ should return bool, returned %s", typeName(v)))
		}
		return b
	}
	if _, ok := o.class.lookup("__len__"); ok != nil || o.native != nil {
		n, err := o.length()
		if err != nil {
			o.class.in.defer_(err)
		}
		return n > 0
	}
	return true
}

// Hash implements __hash__; a class that defines __eq__ without it is
// unhashable, as in Python.
func (o *Object) Hash() (uint32, error) {
	h, _ := o.class.lookup("__hash__")
	if h == starlark.None {
		return 0, typeErrorf("unhashable type: '%s'", o.class.name)
	}
	if h == nil {
		if eq, _ := o.class.lookup("__eq__"); eq != nil {
			return 0, typeErrorf("unhashable type: '%s'", o.class.name)
		}
		return uint32(o.id), nil
	}
	v, _, err := o.special("__hash__")
	if err != nil {
		return 0, err
	}
	i, ok := v.(starlark.Int)
	if !ok {
		return 0, typeErrorf("__hash__ method should return an integer")
	}
	return starlark.Int.Hash(i)
}

// Attr implements starlark.HasAttrs.
func (o *Object) Attr(name string) (starlark.Value, error) {
	return o.getAttr(name)
}

// getAttr looks name up as Python does: data descriptors of the class,
// the instance's own attributes, then the class's attributes, then
// __getattr__.
// See https://docs.python.org/3/howto/descriptor.html#invocation-from-an-instance
func (o *Object) getAttr(name string) (starlark.Value, error) {
	t, _ := o.class.lookup(name)
	if p, ok := t.(*Property); ok {
		return p.get(o)
	}
	if v := o.dict.Get(name); v != nil {
		return v, nil
	}
	if t != nil {
		if cp, ok := t.(*CachedProperty); ok {
			return cp.get(o)
		}
		return bindToObject(t, o, o.class), nil
	}
	if v := o.builtinAttr(name); v != nil {
		return v, nil
	}
	if o.native != nil {
		if v, _ := o.class.in.nativeAttr(o, name); v != nil {
			return v, nil
		}
	}
	if g, _ := o.class.lookup("__getattr__"); g != nil {
		v, _, err := o.special("__getattr__", starlark.String(name))
		return v, err
	}
	return nil, nil
}

// builtinAttr is an attribute every instance has.
func (o *Object) builtinAttr(name string) starlark.Value {
	switch name {
	case "__class__":
		return o.class
	case "__dict__":
		return &attrDict{ns: o.dict}
	}
	if !o.class.exception {
		return nil
	}
	switch name {
	case "args":
		return o.args
	case "__cause__":
		return orNone(o.cause)
	case "__context__":
		return orNone(o.context)
	case "__suppress_context__":
		return starlark.Bool(o.suppressContext)
	case "__traceback__":
		return starlark.None
	}
	return nil
}

func orNone(o *Object) starlark.Value {
	if o == nil {
		return starlark.None
	}
	return o
}

// AttrNames implements starlark.HasAttrs.
func (o *Object) AttrNames() []string {
	return append(o.dict.Keys(), o.class.AttrNames()...)
}

// SetField implements starlark.HasSetField: obj.attr = v, through a
// property's setter or __setattr__ when the class has them.
func (o *Object) SetField(name string, v starlark.Value) error {
	if t, _ := o.class.lookup(name); t != nil {
		if p, ok := t.(*Property); ok {
			return p.set(o, v)
		}
	}
	if o.frozen {
		return newError("FrozenInstanceError", fmt.Sprintf("cannot assign to field '%s'", name))
	}
	if _, found, err := o.special("__setattr__", starlark.String(name), v); found {
		return err
	}
	if o.class.exception && name == "args" {
		t, ok := v.(starlark.Tuple)
		if !ok {
			return typeErrorf("args must be a tuple")
		}
		o.args = t
		return nil
	}
	o.dict.Set(name, v)
	return nil
}

// Iterate implements starlark.Iterable with __iter__ and __next__, or
// with __getitem__ from 0 until IndexError.
func (o *Object) Iterate() starlark.Iterator {
	it, err := o.class.in.iterate(o)
	if err != nil {
		o.class.in.defer_(err)
		return emptyIterator{}
	}
	return it
}

// length is len(o), with __len__.
func (o *Object) length() (int, error) {
	v, found, err := o.special("__len__")
	if err != nil {
		return 0, err
	}
	if !found && o.native != nil {
		return o.native.(starlark.Sequence).Len(), nil
	}
	if !found {
		return 0, typeErrorf("object of type '%s' has no len()", o.class.name)
	}
	n, ok := v.(starlark.Int)
	if !ok {
		return 0, typeErrorf("'%s' object cannot be interpreted as an integer", typeName(v))
	}
	i, _ := n.Int64()
	if i < 0 {
		return 0, newError("ValueError", "__len__() should return >= 0")
	}
	return int(i), nil
}

// Name implements starlark.Callable.
func (o *Object) Name() string { return o.class.name }

// CallInternal implements starlark.Callable with __call__, so builtins
// (map, sorted's key) can call an instance that has one.
func (o *Object) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	m, _ := o.class.lookup("__call__")
	if m == nil {
		return nil, typeErrorf("'%s' object is not callable", o.class.name)
	}
	return starlark.Call(thread, bindToObject(m, o, o.class), args, kwargs)
}

// Binary implements starlark.HasBinary, for the arithmetic builtins do
// (sum adds with Starlark's operators).
func (o *Object) Binary(op starsyntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	pop, ok := pythonOps[op]
	if !ok {
		return nil, nil
	}
	if side == starlark.Left {
		return o.class.in.binaryDunder(pop, o, y)
	}
	return o.class.in.binaryDunder(pop, y, o)
}

// CompareSameType implements starlark.Comparable with the rich
// comparison methods.
func (o *Object) CompareSameType(op starsyntax.Token, y starlark.Value, depth int) (bool, error) {
	v, err := o.class.in.compare(op, o, y)
	if err != nil {
		return false, err
	}
	return bool(v.Truth()), nil
}

type emptyIterator struct{}

func (emptyIterator) Next(*starlark.Value) bool { return false }
func (emptyIterator) Done()                     {}
