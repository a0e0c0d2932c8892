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
		Check:      lim.checkPython,
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

// checkPython is the limiter's periodic check for the Python front end.
func (l *limiter) checkPython(thread *starlark.Thread) error {
	l.lastLine = CallerLine(thread)
	if err := l.exceeded(thread); err != nil {
		Fail(thread, err)
		return err
	}
	return nil
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

// labImport resolves imports: the lab provides its names as if from any
// module a Django project would import them from, except a module the
// lab has as a value: django.db.models is the predeclared models module,
// so importing Lower or RowNumber from it fails as in Django (they live
// in django.db.models.functions).
func labImport(predeclared starlark.StringDict, modules map[string]string) func(*starlark.Thread, string) (starlark.Value, error) {
	return func(thread *starlark.Thread, name string) (starlark.Value, error) {
		if src, ok := modules[name]; ok {
			return interp.SourceModule(thread, name, strings.ReplaceAll(name, ".", "/")+".py", src)
		}
		if names, ok := interp.Modules[name]; ok {
			return &labModule{name: name, names: names}, nil
		}
		top, _, _ := strings.Cut(name, ".")
		if v, ok := predeclared[top]; ok && !strings.Contains(name, ".") {
			return v, nil
		}
		if v, ok := predeclared[moduleValues[name]]; ok && v.Type() == "module" {
			return v, nil
		}
		return &labModule{name: name, names: predeclared}, nil
	}
}

// moduleValues names the predeclared value that is a dotted module.
var moduleValues = map[string]string{"django.db.models": "models"}

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

// pythonAttr reads an attribute of a built-in value: Python's methods
// where Starlark's differ or are missing, else the value's own.
func pythonAttr(_ *starlark.Thread, v starlark.Value, name string) (starlark.Value, error) {
	if m, ok := methodOverrides[v.Type()][name]; ok {
		return m.BindReceiver(v), nil
	}
	return py.Attr(v, name)
}
