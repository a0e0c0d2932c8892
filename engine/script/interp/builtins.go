package interp

import (
	"fmt"
	starsyntax "go.starlark.net/syntax"
	"reflect"
	"sort"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// coreBuiltins are the builtins that need the interpreter's own classes,
// frames or exceptions; the caller's Builtins provide the rest (print,
// len, sorted, ...). They are found before the caller's.
var coreBuiltins = starlark.StringDict{}

// superBuiltin is super, which the compiler recognizes in super().
var superBuiltin = starlark.NewBuiltin("super", builtinSuper)

func init() {
	for name, c := range builtinExceptions {
		coreBuiltins[name] = c
	}
	builtinTypes["type"] = func(v starlark.Value) bool {
		_, isClass := v.(*Class)
		return isClass || builtinTypeName(v) != ""
	}
	coreBuiltins["object"] = objectClass
	coreBuiltins["len"] = starlark.NewBuiltin("len", builtinLen)
	coreBuiltins["type"] = starlark.NewBuiltin("type", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return builtinType(thread, args, kwargs)
	})
	coreBuiltins["globals"] = starlark.NewBuiltin("globals", builtinGlobals)
	coreBuiltins["format"] = starlark.NewBuiltin("format", builtinFormat)
	coreBuiltins["dir"] = starlark.NewBuiltin("dir", builtinDir)
	for name, why := range unavailable {
		coreBuiltins[name] = unavailableBuiltin(name, why)
	}
	coreBuiltins["super"] = superBuiltin
	coreBuiltins["NotImplemented"] = NotImplemented
	coreBuiltins["Ellipsis"] = Ellipsis
	for name, fn := range map[string]func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error){
		"isinstance": builtinIsinstance, "issubclass": builtinIssubclass,
		"property": builtinProperty, "staticmethod": builtinStaticmethod, "classmethod": builtinClassmethod,
		"next": builtinNext, "iter": builtinIter, "getattr": builtinGetattr, "setattr": builtinSetattr,
		"hasattr": builtinHasattr, "delattr": builtinDelattr, "callable": builtinCallable, "id": builtinID,
		"vars": builtinVars,
	} {
		coreBuiltins[name] = starlark.NewBuiltin(name, fn)
	}
}

// builtinLen is len(x), with __len__ for a script's instances.
func builtinLen(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, typeErrorf("len() takes exactly one argument (%d given)", len(args)+len(kwargs))
	}
	switch x := args[0].(type) {
	case *Object:
		n, err := x.length()
		return starlark.MakeInt(n), err
	case starlark.String:
		return starlark.MakeInt(utf8.RuneCountInString(string(x))), nil
	}
	in := Of(thread)
	if fn, ok := in.opts.Builtins["len"]; ok {
		return starlark.Call(thread, fn, args, kwargs)
	}
	return nil, typeErrorf("object of type '%s' has no len()", typeName(args[0]))
}

// unavailable are the builtins a script in the lab cannot use, and why.
var unavailable = map[string]string{
	"open":       "scripts cannot read or write files",
	"input":      "scripts cannot read input",
	"eval":       "scripts cannot run code from a string",
	"exec":       "scripts cannot run code from a string",
	"compile":    "scripts cannot compile code from a string",
	"__import__": "import modules with an import statement",
	"breakpoint": "there is no debugger",
	"exit":       "a script ends at its last line",
	"quit":       "a script ends at its last line",
	"help":       "read the lessons or the Python documentation",
}

// unavailableBuiltin raises, in one line, that name is not available.
func unavailableBuiltin(name, why string) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return nil, newError("NotImplementedError", name+"() is not available in ORM Lab: "+why)
	})
}

// builtinFormat is format(value, spec), with __format__ of a script's
// instances.
func builtinFormat(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	var spec string
	if err := starlark.UnpackPositionalArgs("format", args, kwargs, 1, &v, &spec); err != nil {
		return nil, err
	}
	return Of(thread).format(v, "", spec)
}

// builtinDir is dir(): the names of the scope it is called in, sorted;
// dir(x) is the caller's builtin, or x's attributes for a script's value.
func builtinDir(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	in := Of(thread)
	if len(args) == 0 && len(kwargs) == 0 {
		return starlark.NewList(stringValues(in.scopeNames(in.frame))), nil
	}
	if len(args) == 1 {
		switch x := args[0].(type) {
		case *Object, *Class, *Module:
			names := x.(starlark.HasAttrs).AttrNames()
			sort.Strings(names)
			return starlark.NewList(stringValues(uniq(names))), nil
		}
	}
	if fn, ok := in.opts.Builtins["dir"]; ok {
		return starlark.Call(thread, fn, args, kwargs)
	}
	return nil, typeErrorf("dir expected at most 1 argument, got %d", len(args))
}

// scopeNames are the names bound in fr's scope, sorted.
func (in *Interp) scopeNames(fr *frame) []string {
	var names []string
	switch {
	case fr == nil:
	case fr.class != nil:
		names = fr.class.Keys()
	case fr.code.scope != nil && fr.code.scope.isFunction():
		for name, slot := range fr.code.scope.slots {
			if fr.getSlot(slot) != nil {
				names = append(names, name)
			}
		}
	default:
		names = fr.globals.Keys()
	}
	sort.Strings(names)
	return names
}

func stringValues(names []string) []starlark.Value {
	out := make([]starlark.Value, len(names))
	for i, n := range names {
		out[i] = starlark.String(n)
	}
	return out
}

func uniq(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// builtinGlobals is globals(): the module's names as a dict that reads
// and writes them, so globals()["x"] = 1 binds x.
func builtinGlobals(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("globals", args, kwargs, 0); err != nil {
		return nil, err
	}
	return &attrDict{ns: Of(thread).globals}, nil
}

// Builtin returns the interpreter's own builtin of that name (an
// exception class, isinstance, super), or nil: modules such as
// django.core.exceptions give them out too.
func Builtin(name string) starlark.Value { return coreBuiltins[name] }

func builtinSuper(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, newError("RuntimeError", "super(): no arguments")
	}
	c, ok := args[0].(*Class)
	if !ok {
		return nil, typeErrorf("super() argument 1 must be a type, not %s", typeName(args[0]))
	}
	return &Super{class: c, obj: args[1]}, nil
}

func builtinIsinstance(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, t starlark.Value
	if err := starlark.UnpackPositionalArgs("isinstance", args, kwargs, 2, &x, &t); err != nil {
		return nil, err
	}
	ok, err := isInstance(x, t)
	return starlark.Bool(ok), err
}

// isInstance is isinstance(x, t): t a class, a built-in type, one of the
// lab's model classes, or a tuple of them.
func isInstance(x, t starlark.Value) (bool, error) {
	switch t := t.(type) {
	case *Class:
		if t == objectClass {
			return true, nil
		}
		o, ok := x.(*Object)
		return ok && o.class.isSubclass(t), nil
	case *Type:
		if t.name == "NoneType" {
			return x == starlark.None, nil
		}
		return isBuiltinInstance(x, t.name), nil
	case starlark.Tuple:
		for _, k := range t {
			if ok, err := isInstance(x, k); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case InstanceChecker:
		return t.IsInstance(x), nil
	}
	if name := builtinTypeName(t); name != "" {
		return isBuiltinInstance(x, name), nil
	}
	return false, typeErrorf("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// InstanceChecker is a class-like value that isinstance accepts, such as
// a model class.
type InstanceChecker interface {
	IsInstance(v starlark.Value) bool
}

// builtinTypes are the built-in types isinstance knows by the name of the
// builtin that makes them.
var builtinTypes = map[string]func(starlark.Value) bool{
	"int": func(v starlark.Value) bool {
		switch v.(type) {
		case starlark.Int, starlark.Bool:
			return true
		}
		return false
	},
	"bool":  is[starlark.Bool],
	"float": is[starlark.Float],
	"str":   is[starlark.String],
	"bytes": is[starlark.Bytes],
	"list":  is[*starlark.List],
	"tuple": func(v starlark.Value) bool {
		// A namedtuple record is a tuple too.
		_, rec := v.(interface{ Tuple() starlark.Tuple })
		return is[starlark.Tuple](v) || rec
	},
	"dict": func(v starlark.Value) bool {
		// Counter, defaultdict and OrderedDict are dicts too.
		_, sub := v.(interface{ Dict() *starlark.Dict })
		return is[*starlark.Dict](v) || sub
	},
	"set":       is[*starlark.Set],
	"frozenset": func(starlark.Value) bool { return false },
	"slice":     is[*Slice],
	"object":    func(starlark.Value) bool { return true },
}

func is[T starlark.Value](v starlark.Value) bool {
	_, ok := v.(T)
	return ok
}

// builtinTypeName is the name of the built-in type a value stands for
// (the builtin int, say), or "".
func builtinTypeName(v starlark.Value) string {
	if b, ok := v.(*starlark.Builtin); ok && b.Receiver() == nil {
		if _, known := builtinTypes[b.Name()]; known {
			return b.Name()
		}
	}
	if t, ok := v.(interface{ PyTypeName() string }); ok {
		if _, known := builtinTypes[t.PyTypeName()]; known {
			return t.PyTypeName()
		}
	}
	return ""
}

func isBuiltinInstance(x starlark.Value, name string) bool {
	if o, ok := x.(*Object); ok {
		return name == "object" || (o.class.exception && name == "BaseException") || (name != "" && o.class.nativeKind() == name)
	}
	if check := builtinTypes[name]; check != nil {
		return check(x)
	}
	return typeName(x) == name
}

func builtinIssubclass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, t starlark.Value
	if err := starlark.UnpackPositionalArgs("issubclass", args, kwargs, 2, &x, &t); err != nil {
		return nil, err
	}
	c, ok := x.(*Class)
	if !ok {
		if name := builtinTypeName(x); name != "" && t == objectClass {
			return starlark.True, nil
		} else if name != "" {
			tn := builtinTypeName(t)
			return starlark.Bool(tn == name || tn == "object" || (name == "bool" && tn == "int")), nil
		}
		return nil, typeErrorf("issubclass() arg 1 must be a class")
	}
	ok, err := isSubclassOf(c, t)
	return starlark.Bool(ok), err
}

func isSubclassOf(c *Class, t starlark.Value) (bool, error) {
	switch t := t.(type) {
	case *Class:
		return c.isSubclass(t), nil
	case starlark.Tuple:
		for _, k := range t {
			if ok, err := isSubclassOf(c, k); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	if builtinTypeName(t) == "object" {
		return true, nil
	}
	if builtinTypeName(t) != "" {
		return false, nil
	}
	return false, typeErrorf("issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtinProperty(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fget, fset, fdel, doc starlark.Value
	if err := starlark.UnpackArgs("property", args, kwargs, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
		return nil, err
	}
	p := &Property{fget: noneAsNil(fget), fset: noneAsNil(fset), fdel: noneAsNil(fdel), doc: noneAsNil(doc)}
	if p.doc == nil && p.fget != nil {
		if f, ok := p.fget.(*Function); ok {
			p.doc = f.code.doc
		}
	}
	return p, nil
}

func noneAsNil(v starlark.Value) starlark.Value {
	if v == starlark.None {
		return nil
	}
	return v
}

func builtinStaticmethod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs("staticmethod", args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return &StaticMethod{fn: fn}, nil
}

func builtinClassmethod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs("classmethod", args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return &ClassMethod{fn: fn}, nil
}

// builtinNext is next(iterator[, default]).
func builtinNext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, typeErrorf("next expected at least 1 argument, got %d", len(args))
	}
	in := Of(thread)
	v, err := in.next(args[0])
	if err != nil && len(args) == 2 && in.isStopIteration(err) {
		return args[1], nil
	}
	return v, err
}

// next advances an iterator: a generator, an iterator object of the
// script's, or one iter() made.
func (in *Interp) next(it starlark.Value) (starlark.Value, error) {
	switch x := it.(type) {
	case *Generator:
		return x.send(starlark.None, nil)
	case *Iterator:
		return x.next(in)
	case *GenExp:
		return x.next()
	case *Object:
		if v, found, err := x.special("__next__"); found || err != nil {
			return v, err
		}
	case Nexter:
		v, ok, err := x.PyNext()
		if err != nil || ok {
			return v, err
		}
		return nil, in.raise("StopIteration", "")
	}
	return nil, typeErrorf("'%s' object is not an iterator", typeName(it))
}

// Nexter is a built-in iterator next() advances (map, zip, enumerate,
// the itertools): ok is false once it is exhausted.
type Nexter interface {
	PyNext() (v starlark.Value, ok bool, err error)
}

// Iterator is what iter() returns for a built-in iterable: it walks the
// values one next() at a time.
type Iterator struct {
	it   starlark.Iterator
	done bool
	err  error
}

func (it *Iterator) String() string        { return "<iterator object>" }
func (it *Iterator) Type() string          { return "iterator" }
func (it *Iterator) Freeze()               {}
func (it *Iterator) Truth() starlark.Bool  { return true }
func (it *Iterator) Hash() (uint32, error) { return 0, typeErrorf("unhashable type: 'iterator'") }

// PyRepr implements py.Reprer.
func (it *Iterator) PyRepr() string { return "<iterator object>" }

func (it *Iterator) next(in *Interp) (starlark.Value, error) {
	var v starlark.Value
	if !it.done && it.it.Next(&v) {
		return v, nil
	}
	if !it.done {
		it.done = true
		it.err = in.iterError(it.it)
		it.it.Done()
	}
	if it.err != nil {
		return nil, it.err
	}
	return nil, in.raise("StopIteration", "")
}

// Iterate implements starlark.Iterable: an iterator iterates itself.
func (it *Iterator) Iterate() starlark.Iterator { return &iterOfIterator{it: it} }

type iterOfIterator struct {
	it  *Iterator
	err error
}

func (i *iterOfIterator) Next(p *starlark.Value) bool {
	var v starlark.Value
	if i.it.done || !i.it.it.Next(&v) {
		i.it.done = true
		return false
	}
	*p = v
	return true
}
func (i *iterOfIterator) Done() {}

func builtinIter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, sentinel starlark.Value
	if err := starlark.UnpackPositionalArgs("iter", args, kwargs, 1, &x, &sentinel); err != nil {
		return nil, err
	}
	if sentinel != nil {
		return callIterator(thread, x, sentinel)
	}
	switch v := x.(type) {
	case *Generator, *Iterator, *GenExp, Nexter:
		return v, nil
	case *Object:
		r, found, err := v.special("__iter__")
		if found || err != nil {
			return r, err
		}
	}
	it, err := Of(thread).iterate(x)
	if err != nil {
		return nil, err
	}
	return &Iterator{it: it}, nil
}

// callIterator is iter(callable, sentinel): it calls callable until it
// returns sentinel.
func callIterator(thread *starlark.Thread, fn, sentinel starlark.Value) (starlark.Value, error) {
	if _, ok := fn.(starlark.Callable); !ok {
		return nil, typeErrorf("iter(v, w): v must be callable")
	}
	in := Of(thread)
	done := false
	it := &callIter{next: func() (starlark.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		v, err := in.call(fn, nil, nil)
		if err != nil {
			return nil, false, err
		}
		eq, err := in.compare(starsyntax.EQL, v, sentinel)
		if err != nil || eq.Truth() {
			done = true
			return nil, false, err
		}
		return v, true, nil
	}}
	return it, nil
}

// callIter is the iterator iter(callable, sentinel) returns.
type callIter struct {
	next func() (starlark.Value, bool, error)
	err  error
}

func (c *callIter) String() string        { return "<callable_iterator object>" }
func (c *callIter) PyRepr() string        { return c.String() }
func (c *callIter) Type() string          { return "callable_iterator" }
func (c *callIter) Freeze()               {}
func (c *callIter) Truth() starlark.Bool  { return true }
func (c *callIter) Hash() (uint32, error) { return 0, nil }

// PyNext implements Nexter.
func (c *callIter) PyNext() (starlark.Value, bool, error) { return c.next() }

// Iterate implements starlark.Iterable.
func (c *callIter) Iterate() starlark.Iterator { return &nexterIterator{n: c} }

// nexterIterator walks a Nexter, keeping the error it stopped on.
type nexterIterator struct {
	n   Nexter
	err error
}

func (it *nexterIterator) Next(p *starlark.Value) bool {
	v, ok, err := it.n.PyNext()
	if err != nil {
		it.err = err
		return false
	}
	if ok {
		*p = v
	}
	return ok
}
func (it *nexterIterator) Done()      {}
func (it *nexterIterator) Err() error { return it.err }

func builtinGetattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 || len(args) > 3 {
		return nil, typeErrorf("getattr expected 2 or 3 arguments, got %d", len(args))
	}
	name, ok := args[1].(starlark.String)
	if !ok {
		return nil, typeErrorf("attribute name must be string, not '%s'", typeName(args[1]))
	}
	in := Of(thread)
	v, err := in.getAttr(args[0], string(name))
	if err != nil && len(args) == 3 && in.isInstanceError(err, "AttributeError") {
		return args[2], nil
	}
	return v, err
}

func builtinHasattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var name string
	if err := starlark.UnpackPositionalArgs("hasattr", args, kwargs, 2, &x, &name); err != nil {
		return nil, err
	}
	in := Of(thread)
	_, err := in.getAttr(x, name)
	if err != nil && in.isInstanceError(err, "AttributeError") {
		return starlark.False, nil
	}
	return starlark.Bool(err == nil), err
}

func builtinSetattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, v starlark.Value
	var name string
	if err := starlark.UnpackPositionalArgs("setattr", args, kwargs, 3, &x, &name, &v); err != nil {
		return nil, err
	}
	return starlark.None, Of(thread).setAttr(x, name, v)
}

func builtinDelattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var name string
	if err := starlark.UnpackPositionalArgs("delattr", args, kwargs, 2, &x, &name); err != nil {
		return nil, err
	}
	return starlark.None, Of(thread).delAttr(x, name)
}

func builtinCallable(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("callable", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	if o, ok := x.(*Object); ok {
		m, _ := o.class.lookup("__call__")
		return starlark.Bool(m != nil), nil
	}
	_, ok := x.(starlark.Callable)
	return starlark.Bool(ok), nil
}

// builtinID is id(x): a number unique to the object while it lives, here
// derived from its identity for the run's values.
func builtinID(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("id", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case *Object:
		return starlark.MakeUint64(0x7f0000000000 + v.id*16), nil
	case *Class:
		return starlark.MakeUint64(0x7e0000000000 + v.id*16), nil
	}
	if rv := reflect.ValueOf(x); rv.Kind() == reflect.Pointer {
		return starlark.MakeUint64(uint64(rv.Pointer())), nil
	}
	h, err := x.Hash()
	if err != nil {
		return nil, err
	}
	return starlark.MakeUint64(0x7d0000000000 + uint64(h)*16), nil
}

func builtinVars(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("vars", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	if o, ok := x.(*Object); ok {
		return namespaceDict(o.dict), nil
	}
	return nil, typeErrorf("vars() argument must have __dict__ attribute")
}

// classOf is the exception class a built-in exception value names, for
// values that stand for classes without being one (a model's
// DoesNotExist, say): nil when v is none of them.
func (in *Interp) classOf(v starlark.Value) *Class {
	if n, ok := v.(interface{ ExceptionClassName() string }); ok {
		return in.exceptionClass(n.ExceptionClassName())
	}
	return nil
}

// reprOf is repr(v).
func reprOf(v starlark.Value) string { return py.Repr(v) }

// defaultRepr is object.__repr__: <__main__.Foo object at 0x...>.
func defaultRepr(o *Object) string {
	if o.native != nil {
		return py.Repr(o.native)
	}
	if o.class.exception && len(o.args) == 1 {
		return o.class.name + "(" + py.Repr(o.args[0]) + ")"
	}
	if o.class.exception {
		return o.class.name + py.Repr(o.args)
	}
	return fmt.Sprintf("<__main__.%s object at 0x%x>", o.class.qualname, 0x7f0000000000+o.id*16)
}
