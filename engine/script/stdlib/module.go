// Package stdlib provides the modules of Python's standard library that
// learners import in Django code (math, itertools, functools,
// collections, json, statistics, decimal, typing, string, operator, copy
// and a seeded random) as script values, each behaving and printing as
// CPython 3.11's.
// The script runtime binds them when a script imports them; a module this
// package does not list is one ORM Lab does not provide.
// See https://docs.python.org/3/library/index.html.
package stdlib

import (
	"sort"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// Module is an imported standard-library module: a name and its
// attributes.
type Module struct {
	name  string
	attrs starlark.StringDict
}

var (
	_ starlark.HasAttrs = (*Module)(nil)
	_ py.Reprer         = (*Module)(nil)
)

// Lookup returns the standard-library module of that dotted name, if the
// lab provides it.
func Lookup(name string) (*Module, bool) {
	build, ok := modules[name]
	if !ok {
		return nil, false
	}
	return build(), true
}

// Provides reports whether this package provides the module of that
// name.
func Provides(name string) bool {
	_, ok := modules[name]
	return ok
}

// modules makes each module afresh, so that no script can change another
// run's module by assigning to its attributes.
var modules = map[string]func() *Module{
	"math":      func() *Module { return newModule("math", mathNames()) },
	"itertools": func() *Module { return newModule("itertools", itertoolsNames()) },
	"functools": func() *Module { return newModule("functools", functoolsNames()) },
	"collections": func() *Module {
		m := newModule("collections", collectionsNames())
		m.attrs["abc"] = newModule("collections.abc", abcNames())
		return m
	},
	"collections.abc": func() *Module { return newModule("collections.abc", abcNames()) },
	"json":            func() *Module { return newModule("json", jsonNames()) },
	"statistics":      func() *Module { return newModule("statistics", statisticsNames()) },
	"decimal":         func() *Module { return newModule("decimal", decimalNames()) },
	"typing":          func() *Module { return newModule("typing", typingNames()) },
	"string":          func() *Module { return newModule("string", stringNames()) },
	"operator":        func() *Module { return newModule("operator", operatorNames()) },
	"copy":            func() *Module { return newModule("copy", copyNames()) },
	"random":          func() *Module { return newModule("random", randomNames()) },
}

// NewModule makes a module of the given attributes, for modules whose
// parts live elsewhere (the interpreter's dataclasses and contextlib).
func NewModule(name string, attrs starlark.StringDict) *Module { return newModule(name, attrs) }

func newModule(name string, attrs starlark.StringDict) *Module {
	m := &Module{name: name, attrs: make(starlark.StringDict, len(attrs))}
	for k, v := range attrs {
		m.attrs[k] = v
	}
	return m
}

// Name is the module's dotted name.
func (m *Module) Name() string { return m.name }

func (m *Module) String() string        { return m.PyRepr() }
func (m *Module) Type() string          { return "module" }
func (m *Module) Freeze()               {}
func (m *Module) Truth() starlark.Bool  { return true }
func (m *Module) Hash() (uint32, error) { return starlark.String(m.name).Hash() }

// PyRepr shows every module as CPython shows a built-in one: the lab has
// no files to name.
func (m *Module) PyRepr() string { return "<module '" + m.name + "' (built-in)>" }

// Attr returns the module's attribute, or AttributeError as CPython words
// it for a module.
func (m *Module) Attr(name string) (starlark.Value, error) {
	if v, ok := m.attrs[name]; ok {
		return v, nil
	}
	if name == "__name__" {
		return starlark.String(m.name), nil
	}
	return nil, py.Errorf("AttributeError", "module '%s' has no attribute '%s'", m.name, name)
}

// SetField lets a script assign a module attribute, as Python does.
func (m *Module) SetField(name string, v starlark.Value) error {
	m.attrs[name] = v
	return nil
}

// AttrNames lists the attributes, for dir().
func (m *Module) AttrNames() []string {
	names := make([]string, 0, len(m.attrs))
	for k := range m.attrs {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// builtin makes a module function whose name Python prints as module.name
// in nothing but its repr.
func builtin(name string, fn func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
	return starlark.NewBuiltin(name, fn)
}

// TypeOf is type(v) for this package's values: the namedtuple type of a
// record, the Decimal class of a Decimal.
func TypeOf(v starlark.Value) (starlark.Value, bool) {
	switch x := v.(type) {
	case *Record:
		return x.typ, true
	case *Decimal:
		return decimalType, true
	case *Counter:
		return collectionsNames()["Counter"], true
	case *DefaultDict:
		return collectionsNames()["defaultdict"], true
	case *OrderedDict:
		return collectionsNames()["OrderedDict"], true
	case *Deque:
		return collectionsNames()["deque"], true
	}
	return nil, false
}
