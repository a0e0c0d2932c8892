package script

import (
	"errors"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/interp"
	"ormlab/engine/script/stdlib"
	"ormlab/engine/script/syntax"
)

// runPython runs src on the Python front end: parsed by package syntax,
// run by package interp, with the runtime's builtins, output and limits.
func runPython(src string, opts Options, thread *starlark.Thread, out *output, lim *limiter) Result {
	mod, err := syntax.Parse(opts.Filename, strings.ReplaceAll(src, "\r\n", "\n"))
	if err != nil {
		return Result{Err: parseError(err)}
	}
	prog, err := interp.Compile(mod, opts.Filename)
	if err != nil {
		return Result{Err: parseError(err)}
	}
	predeclared := pythonPredeclared(opts.Globals)
	if opts.Setup != nil {
		opts.Setup(thread)
	}
	stop := lim.install(thread)
	defer stop()
	thread.SetLocal(stdlib.ChargeKey, func(n uint64) error { return lim.charge(thread, n) })
	_, runErr := prog.Run(thread, interp.Options{
		Filename:   opts.Filename,
		Builtins:   predeclared,
		Import:     labImport(predeclared),
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
	})
	res := Result{Output: out.String(), Steps: thread.Steps}
	if runErr != nil || failed(thread) != nil {
		res.Err = pythonRunError(runErr, thread, lim)
	}
	return res
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

// pythonRunError is the script's uncaught exception, or the limit or
// failure that stopped it.
func pythonRunError(err error, thread *starlark.Thread, lim *limiter) *Error {
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

// Attr gives the lab's name, or nil for one it does not provide.
func (m *labModule) Attr(name string) (starlark.Value, error) {
	if v, ok := m.names[name]; ok {
		return v, nil
	}
	return nil, nil
}

func (m *labModule) AttrNames() []string { return nil }
