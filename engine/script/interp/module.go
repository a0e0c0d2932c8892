package interp

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// Module is a module the lab writes in Python (django.core.paginator,
// django.shortcuts), run once per run on first import in a namespace of
// its own.
type Module struct {
	name string
	ns   *Namespace
}

var _ starlark.HasAttrs = (*Module)(nil)

func (m *Module) String() string        { return "<module '" + m.name + "'>" }
func (m *Module) PyRepr() string        { return m.String() }
func (m *Module) Type() string          { return "module" }
func (m *Module) Freeze()               {}
func (m *Module) Truth() starlark.Bool  { return true }
func (m *Module) Hash() (uint32, error) { return starlark.String(m.name).Hash() }

// Attr gives the module's globals.
func (m *Module) Attr(name string) (starlark.Value, error) {
	if name == "__name__" {
		return starlark.String(m.name), nil
	}
	return m.ns.Get(name), nil
}

func (m *Module) AttrNames() []string { return m.ns.Keys() }

// SourceModule runs the Python source of a lab module in the run on
// thread, the first time it is imported, and returns it. Its errors name
// the module's file; the script's line is what a run reports for them.
func SourceModule(thread *starlark.Thread, name, filename, src string) (starlark.Value, error) {
	in := Of(thread)
	if m := in.modules[name]; m != nil {
		return m, nil
	}
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	prog, err := Compile(mod, filename, src)
	if err != nil {
		return nil, err
	}
	m := &Module{name: name, ns: NewNamespace()}
	m.ns.Set("__name__", starlark.String(name))
	fr := &frame{in: in, code: prog.code, globals: m.ns}
	if _, err := in.runFrame(fr); err != nil {
		return nil, err
	}
	in.modules[name] = m
	return m, nil
}

// scriptLine is the line the script itself is on: the innermost frame of
// the script's file, not of a lab module it called.
func (in *Interp) scriptLine() int {
	for fr := in.frame; fr != nil; fr = fr.back {
		if fr.code.filename == in.opts.Filename {
			return fr.line
		}
	}
	if in.frame != nil {
		return in.frame.line
	}
	return 0
}
