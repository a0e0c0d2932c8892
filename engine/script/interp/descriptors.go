package interp

import (
	"go.starlark.net/starlark"
)

// Method is a function bound to the object (or, for a classmethod, the
// class) it was read from: calling it passes that as the first argument.
type Method struct {
	self starlark.Value
	fn   starlark.Value
}

var _ starlark.Callable = (*Method)(nil)

func (m *Method) Name() string { return calleeName(m.fn) }
func (m *Method) String() string {
	return "<bound method " + qualName(m.fn) + " of " + reprOf(m.self) + ">"
}
func (m *Method) Type() string          { return "method" }
func (m *Method) Freeze()               {}
func (m *Method) Truth() starlark.Bool  { return true }
func (m *Method) Hash() (uint32, error) { return starlark.Tuple{m.self, m.fn}.Hash() }

// CallInternal calls the function with self first.
func (m *Method) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	all := make(starlark.Tuple, 0, len(args)+1)
	all = append(append(all, m.self), args...)
	return starlark.Call(thread, m.fn, all, kwargs)
}

// Attr reads the function's attributes (__name__, __func__, __self__).
func (m *Method) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__self__":
		return m.self, nil
	case "__func__":
		return m.fn, nil
	}
	if h, ok := m.fn.(starlark.HasAttrs); ok {
		return h.Attr(name)
	}
	return nil, nil
}

func (m *Method) AttrNames() []string { return []string{"__func__", "__self__"} }

// bindToObject is what reading a class attribute through an instance
// gives: functions bind to the instance, classmethods to the class,
// staticmethods unwrap.
func bindToObject(v starlark.Value, obj starlark.Value, c *Class) starlark.Value {
	switch v := v.(type) {
	case *Function:
		return &Method{self: obj, fn: v}
	case *ClassMethod:
		return &Method{self: c, fn: v.fn}
	case *StaticMethod:
		return v.fn
	case MethodLike:
		return &Method{self: obj, fn: v}
	}
	return v
}

// MethodLike is a callable that, like a function, binds to the instance
// it is read from when it sits in a class body: functools.lru_cache's
// wrapper of a method.
type MethodLike interface {
	starlark.Callable
	BindsAsMethod()
}

// bindToClass is what reading a class attribute through the class gives.
func bindToClass(v starlark.Value, c *Class) starlark.Value {
	switch v := v.(type) {
	case *ClassMethod:
		return &Method{self: c, fn: v.fn}
	case *StaticMethod:
		return v.fn
	}
	return v
}

// StaticMethod is @staticmethod.
type StaticMethod struct{ fn starlark.Value }

// ClassMethod is @classmethod.
type ClassMethod struct{ fn starlark.Value }

func (s *StaticMethod) String() string       { return "<staticmethod(" + reprOf(s.fn) + ")>" }
func (s *StaticMethod) Type() string         { return "staticmethod" }
func (s *StaticMethod) Freeze()              {}
func (s *StaticMethod) Truth() starlark.Bool { return true }
func (s *StaticMethod) Hash() (uint32, error) {
	return 0, typeErrorf("unhashable type: 'staticmethod'")
}
func (s *StaticMethod) Name() string { return calleeName(s.fn) }

// CallInternal calls the function: a staticmethod is callable as is.
func (s *StaticMethod) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.Call(thread, s.fn, args, kwargs)
}

func (c *ClassMethod) String() string        { return "<classmethod(" + reprOf(c.fn) + ")>" }
func (c *ClassMethod) Type() string          { return "classmethod" }
func (c *ClassMethod) Freeze()               {}
func (c *ClassMethod) Truth() starlark.Bool  { return true }
func (c *ClassMethod) Hash() (uint32, error) { return 0, typeErrorf("unhashable type: 'classmethod'") }

// Property is @property, with its setter and deleter.
// See https://docs.python.org/3/library/functions.html#property
type Property struct {
	fget, fset, fdel starlark.Value
	doc              starlark.Value
	name             string // the attribute it was assigned to in a class body
}

func (p *Property) String() string        { return "<property object>" }
func (p *Property) Type() string          { return "property" }
func (p *Property) Freeze()               {}
func (p *Property) Truth() starlark.Bool  { return true }
func (p *Property) Hash() (uint32, error) { return 0, typeErrorf("unhashable type: 'property'") }

// Attr gives setter, getter and deleter, which copy the property with one
// function replaced, as used by @x.setter.
func (p *Property) Attr(name string) (starlark.Value, error) {
	switch name {
	case "setter", "getter", "deleter":
		return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			if len(args) != 1 {
				return nil, typeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
			}
			q := *p
			switch name {
			case "setter":
				q.fset = args[0]
			case "getter":
				q.fget = args[0]
			default:
				q.fdel = args[0]
			}
			return &q, nil
		}), nil
	case "fget":
		return orNoneValue(p.fget), nil
	case "fset":
		return orNoneValue(p.fset), nil
	case "__doc__":
		return orNoneValue(p.doc), nil
	}
	return nil, nil
}

func (p *Property) AttrNames() []string {
	return []string{"deleter", "fget", "fset", "getter", "setter"}
}

func orNoneValue(v starlark.Value) starlark.Value {
	if v == nil {
		return starlark.None
	}
	return v
}

func (p *Property) get(o *Object) (starlark.Value, error) {
	if p.fget == nil {
		return nil, newError("AttributeError", "property "+p.quotedName()+"of '"+o.class.name+"' object has no getter")
	}
	return starlark.Call(o.class.in.thread, p.fget, starlark.Tuple{o}, nil)
}

func (p *Property) set(o *Object, v starlark.Value) error {
	if p.fset == nil {
		return newError("AttributeError", "property "+p.quotedName()+"of '"+o.class.name+"' object has no setter")
	}
	_, err := starlark.Call(o.class.in.thread, p.fset, starlark.Tuple{o, v}, nil)
	return err
}

// CachedProperty is functools.cached_property (and Django's): computed on
// first read, then kept in the instance's attributes.
// See https://docs.python.org/3/library/functools.html#functools.cached_property
type CachedProperty struct {
	fn   starlark.Value
	name string
}

func (c *CachedProperty) String() string       { return "<functools.cached_property object>" }
func (c *CachedProperty) Type() string         { return "cached_property" }
func (c *CachedProperty) Freeze()              {}
func (c *CachedProperty) Truth() starlark.Bool { return true }
func (c *CachedProperty) Hash() (uint32, error) {
	return 0, typeErrorf("unhashable type: 'cached_property'")
}

func (c *CachedProperty) get(o *Object) (starlark.Value, error) {
	v, err := starlark.Call(o.class.in.thread, c.fn, starlark.Tuple{o}, nil)
	if err != nil {
		return nil, err
	}
	o.dict.Set(c.name, v)
	return v, nil
}

// Super is super(): attribute reads skip the classes up to and including
// the one the method was defined in.
// See https://docs.python.org/3/library/functions.html#super
type Super struct {
	class *Class
	obj   starlark.Value // an instance of class, or a subclass of it
}

func (s *Super) String() string {
	return "<super: <class '" + s.class.name + "'>, <" + typeName(s.obj) + " object>>"
}
func (s *Super) Type() string          { return "super" }
func (s *Super) Freeze()               {}
func (s *Super) Truth() starlark.Bool  { return true }
func (s *Super) Hash() (uint32, error) { return 0, typeErrorf("unhashable type: 'super'") }

// Attr finds name after s.class in the MRO of the object's class.
func (s *Super) Attr(name string) (starlark.Value, error) {
	objClass, _ := s.obj.(*Class)
	if o, ok := s.obj.(*Object); ok {
		objClass = o.class
	}
	mro := objClass.mro
	i := 0
	for i < len(mro) && mro[i] != s.class {
		i++
	}
	for _, k := range mro[min(i+1, len(mro)):] {
		if v := k.dict.Get(name); v != nil {
			if o, ok := s.obj.(*Object); ok {
				return bindToObject(v, o, objClass), nil
			}
			return bindToClass(v, objClass), nil
		}
		if k.in == nil {
			if v := builtinMethod(k, name, s.obj); v != nil {
				return v, nil
			}
		}
	}
	return nil, nil
}

func (s *Super) AttrNames() []string { return nil }

// builtinMethod is a method of a built-in class reached through super():
// object.__init__ and BaseException.__init__ (which sets args), and
// __str__/__repr__.
func builtinMethod(k *Class, name string, self starlark.Value) starlark.Value {
	o, _ := self.(*Object)
	switch {
	case name == "__init__" && k.native != "" && o != nil:
		return starlark.NewBuiltin("__init__", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return starlark.None, Of(thread).initNative(o, args, kwargs)
		})
	case k.native != "" && o != nil && o.native != nil:
		v, _ := o.class.in.nativeAttr(o, name)
		return v
	case name == "__init__" && k.exception && o != nil:
		return starlark.NewBuiltin("__init__", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			o.args = append(starlark.Tuple(nil), args...)
			return starlark.None, nil
		})
	case name == "__init__":
		return starlark.NewBuiltin("__init__", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if len(args) > 0 || len(kwargs) > 0 {
				return nil, typeErrorf("object.__init__() takes exactly one argument (the instance to initialize)")
			}
			return starlark.None, nil
		})
	case name == "__str__" && o != nil && k.exception:
		return starlark.NewBuiltin("__str__", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.String(exceptionStr(o)), nil
		})
	case name == "__repr__" && o != nil:
		return starlark.NewBuiltin("__repr__", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.String(defaultRepr(o)), nil
		})
	case name == "__str__" && o != nil:
		return starlark.NewBuiltin("__str__", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.String(o.PyRepr()), nil
		})
	}
	return nil
}

// quotedName is "'area' " for messages, or "" for a property made
// outside a class body.
func (p *Property) quotedName() string {
	if p.name == "" {
		return ""
	}
	return "'" + p.name + "' "
}
