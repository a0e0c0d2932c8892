package script

import (
	"errors"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/interp"
	"ormlab/engine/script/syntax"
)

// interpOptions connect the interpreter to the runtime: its builtins and
// imports, its limits (a limit is fatal: no except clause catches it),
// and the translation of Starlark's errors into Python's.
func interpOptions(opts Options, predeclared starlark.StringDict, lim *limiter) interp.Options {
	return interp.Options{
		Filename:   opts.Filename,
		Builtins:   predeclared,
		Import:     labImport(predeclared, opts.Modules),
		Fatal:      func(th *starlark.Thread, err error) bool { return failed(th) != nil || isLimit(err) },
		Check:      lim.check,
		CheckEvery: stepChunk,
		Translate: func(err error) (string, string) {
			e := exceptionError(err, 0)
			return e.Type, e.Message
		},
		CheckBinary: func(th *starlark.Thread, op string, x, y starlark.Value) error {
			return checkGrowth(th, growthToken(op), x, y)
		},
		CheckText: checkText,
		Attr:      pythonAttr,
	}
}

// CheckLimits checks the run's limits now, for Go code that loops over a
// script's data between two statements (a template render): past one it
// stops the script (Fail) and returns the error.
func CheckLimits(thread *starlark.Thread) error {
	if err := failed(thread); err != nil {
		return err
	}
	l := limiterOf(thread)
	if l == nil {
		return nil
	}
	return l.check(thread)
}

func isLimit(err error) bool {
	var pe *py.Exception
	return errors.As(err, &pe) && pe.Type == "LimitExceeded"
}

// parseError reports a syntax error or a construct the interpreter
// refuses.
func parseError(err error) *Error {
	var se *syntax.Error
	var ce *interp.CompileError
	switch {
	case errors.As(err, &se):
		return &Error{Type: se.Type, Message: se.Msg, Line: se.Line}
	case errors.As(err, &ce):
		return &Error{Type: "SyntaxError", Message: ce.Msg, Line: ce.Line}
	}
	return &Error{Type: "SyntaxError", Message: err.Error()}
}

// runError is the script's uncaught exception, or the limit or failure
// that stopped it.
func runError(err error, thread *starlark.Thread) *Error {
	if f, ok := thread.Local(failureKey).(*failure); ok {
		return exceptionError(f.err, f.line)
	}
	var e *interp.Exception
	if errors.As(err, &e) {
		return &Error{Type: e.TypeName(), Message: e.Shown(), Line: e.Line}
	}
	var f *interp.Fatal
	if errors.As(err, &f) {
		return exceptionError(f.Err, f.Line)
	}
	return exceptionError(err, interp.Line(thread))
}

// labModule is a module a script imports names from.
type labModule struct {
	name  string
	names starlark.StringDict
}

func (m *labModule) String() string        { return "<module '" + m.name + "'>" }
func (m *labModule) Type() string          { return "module" }
func (m *labModule) Freeze()               {}
func (m *labModule) Truth() starlark.Bool  { return true }
func (m *labModule) Hash() (uint32, error) { return starlark.String(m.name).Hash() }

// Attr gives the lab's name, or nil for one it does not provide. A
// django module also gives the interpreter's exception classes (from
// django.core.exceptions import ObjectDoesNotExist, from django.db
// import IntegrityError).
func (m *labModule) Attr(name string) (starlark.Value, error) {
	if v, ok := m.names[name]; ok {
		return v, nil
	}
	if strings.HasPrefix(m.name, "django") {
		if c, ok := interp.Builtin(name).(*interp.Class); ok {
			return c, nil
		}
	}
	return nil, nil
}

func (m *labModule) AttrNames() []string { return nil }
