package interp

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// Options configure a run.
type Options struct {
	// Filename names the script in errors.
	Filename string
	// Builtins are the names every scope sees after its globals: the
	// Python builtins and what the caller adds (models, Q, F, ...).
	Builtins starlark.StringDict
	// Import returns the module a script imports by its dotted name, or an
	// error (ImportError) when the lab does not provide it.
	Import func(thread *starlark.Thread, name string) (starlark.Value, error)
	// Fatal reports whether an error stops the script whatever handlers it
	// has: a limit, which no except clause may swallow.
	Fatal func(thread *starlark.Thread, err error) bool
	// Check runs every CheckEvery steps; an error it returns stops the
	// script (it should also be Fatal).
	Check      func(thread *starlark.Thread) error
	CheckEvery uint64
	// Translate turns an error of a builtin or of the ORM into the Python
	// exception type and message it stands for ("TypeError", "..."); nil
	// reads *py.Exception and otherwise reports RuntimeError.
	Translate func(err error) (typ, msg string)
	// CheckBinary, if set, runs before x + y and x * y (op "+" or "*")
	// and before list += y, so that a value too large to build is refused
	// before it is built.
	CheckBinary func(thread *starlark.Thread, op string, x, y starlark.Value) error
	// CheckText, if set, runs before a value is turned into text (an
	// f-string field), for the same reason.
	CheckText func(thread *starlark.Thread, v starlark.Value) error
	// Attr reads an attribute of a value that is not a script's class or
	// instance; nil means py.Attr.
	Attr func(thread *starlark.Thread, v starlark.Value, name string) (starlark.Value, error)
}

// Interp is one run of a program: its thread, globals, and the frames
// being executed. It is kept on the thread (Of), so that values created
// by the run (classes, instances, generators) reach it from Starlark
// callbacks that carry no thread of their own, such as String and Hash.
type Interp struct {
	thread  *starlark.Thread
	opts    Options
	globals *Namespace
	frame   *frame // the innermost frame being executed
	depth   int
	checkAt uint64
	classes map[string]*Class  // exception classes by name, made on demand
	types   map[string]*Type   // the built-in types
	modules map[string]*Module // lab modules written in Python, once imported
	gens    []*Generator       // generators to stop when the run ends
	// pending is an error raised where Starlark offers no error return
	// (a __repr__ that raises inside String); the next statement raises it.
	pending error
}

const interpKey = "ormlab.interp"

// Of returns the interpreter running on thread, or nil.
func Of(thread *starlark.Thread) *Interp {
	in, _ := thread.Local(interpKey).(*Interp)
	return in
}

// Line returns the script line being executed on thread, or 0: inside
// a lab module written in Python, the script's line that called it.
func Line(thread *starlark.Thread) int {
	if in := Of(thread); in != nil {
		return in.scriptLine()
	}
	return 0
}

// Program is a compiled module.
type Program struct {
	code *code
}

// Compile resolves the names of a parsed module and compiles it; src is
// its text, from which annotations are read under
// from __future__ import annotations.
func Compile(m *syntax.Module, filename, src string) (*Program, error) {
	if hasPrivateNames(m) {
		mangleModule(m)
	}
	top, scopes := resolve(m)
	c := &compiler{scopes: scopes, filename: filename, source: src, futureAnnotations: importsFutureAnnotations(m)}
	cd, err := c.module(top, m)
	if err != nil {
		return nil, err
	}
	return &Program{code: cd}, nil
}

// Run executes the program on thread and returns its globals. Errors are
// *Exception for what the script raised, or what Fatal stopped it with.
func (p *Program) Run(thread *starlark.Thread, opts Options) (*Namespace, error) {
	in := &Interp{thread: thread, opts: opts, globals: NewNamespace(), classes: map[string]*Class{}, modules: map[string]*Module{}}
	if opts.CheckEvery == 0 {
		in.opts.CheckEvery = 1 << 62
	}
	in.checkAt = thread.Steps + in.opts.CheckEvery
	in.makeTypes()
	thread.SetLocal(interpKey, in)
	defer in.stopGenerators()
	fr := &frame{in: in, code: p.code, globals: in.globals}
	_, err := in.runFrame(fr)
	return in.globals, err
}

// frame is one activation of a module, class body or function.
type frame struct {
	in      *Interp
	code    *code
	locals  []starlark.Value
	cells   []*cell
	class   *Namespace // the class namespace, in a class body
	globals *Namespace
	line    int
	back    *frame
	ret     starlark.Value
	handled *Exception // the exception an except clause is handling
	fn      *Function
	gen     *Generator // the generator running this frame's body
}

// cell holds a variable shared between a function and the functions
// defined inside it.
type cell struct {
	v starlark.Value
}

// ctl is how a statement ends: normally, or by break, continue or return.
type ctl uint8

const (
	next ctl = iota
	brk
	cont
	ret
)

type (
	exprFn func(fr *frame) (starlark.Value, error)
	stmtFn func(fr *frame) (ctl, error)
)

// code is a compiled function, class body, comprehension or module.
type code struct {
	name      string
	qualname  string
	filename  string
	scope     *scope
	body      []stmtFn
	params    paramSpec
	generator bool
	line      int
	doc       starlark.Value
}

// runFrame pushes fr and runs its code's body.
func (in *Interp) runFrame(fr *frame) (starlark.Value, error) {
	if err := in.push(fr); err != nil {
		return nil, err
	}
	defer in.pop(fr)
	if _, err := runBlock(fr, fr.code.body); err != nil {
		return nil, err
	}
	if fr.ret == nil {
		return starlark.None, nil
	}
	return fr.ret, nil
}

func (in *Interp) push(fr *frame) error {
	if in.depth >= maxDepth {
		return in.raise("RecursionError", "maximum recursion depth exceeded")
	}
	fr.back = in.frame
	fr.line = fr.code.line
	in.frame = fr
	in.depth++
	return nil
}

func (in *Interp) pop(fr *frame) {
	in.frame = fr.back
	in.depth--
}

// runBlock runs statements until one ends otherwise than normally.
func runBlock(fr *frame, body []stmtFn) (ctl, error) {
	for _, s := range body {
		if c, err := s(fr); c != next || err != nil {
			return c, err
		}
	}
	return next, nil
}

// step counts one statement and runs the caller's checks when due.
func (in *Interp) step() error {
	in.thread.Steps++
	if in.thread.Steps < in.checkAt && in.pending == nil {
		return nil
	}
	return in.slowStep()
}

func (in *Interp) slowStep() error {
	if err := in.pending; err != nil {
		in.pending = nil
		return err
	}
	in.checkAt = in.thread.Steps + in.opts.CheckEvery
	if in.opts.Check != nil {
		return in.opts.Check(in.thread)
	}
	return nil
}

// importsFutureAnnotations reports whether the module begins its
// statements with from __future__ import annotations.
func importsFutureAnnotations(m *syntax.Module) bool {
	for _, s := range m.Body {
		f, ok := s.(*syntax.ImportFrom)
		if !ok || f.Module != "__future__" {
			continue
		}
		for _, a := range f.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}
