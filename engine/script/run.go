package script

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/limits"
	"ormlab/engine/py"
	"ormlab/engine/script/interp"
	"ormlab/engine/script/stdlib"
	"ormlab/engine/script/syntax"
)

// DefaultFilename names the script when Options leaves Filename empty.
const DefaultFilename = "script.py"

// Options configure one run.
type Options struct {
	// Filename names the script in positions; DefaultFilename when empty.
	Filename string
	// Globals are the names the caller predeclares (models, Q, F, ...).
	// They take precedence over the runtime's builtins.
	Globals starlark.StringDict
	// Limits bound the run; zero fields take limits.Default. The
	// runtime enforces steps, output, memory and wall time.
	Limits limits.Limits
	// Modules are lab modules written in Python, by the name a script
	// imports them by (django.core.paginator), run on first import.
	Modules map[string]string
	// Setup, if set, is called with the thread before the script runs,
	// so the caller can bind its database and session (Thread.SetLocal).
	Setup func(*starlark.Thread)
}

// Result is the outcome of a run.
type Result struct {
	Output string // what the script printed, up to the failure if any
	Err    *Error // nil on success
	Steps  uint64 // interpreter steps taken (statements, iterations, items in builtins)
}

// Run executes src: package syntax parses it, package interp runs it
// with the runtime's builtins, output and limits. It never panics: a Go
// panic anywhere below becomes an InternalError in the result.
func Run(src string, opts Options) (res Result) {
	opts = withDefaults(opts)
	thread := &starlark.Thread{Name: opts.Filename}
	out := &output{max: opts.Limits.MaxOutput}
	lim := newLimiter(opts.Limits)
	defer func() {
		if r := recover(); r != nil {
			res = Result{Output: out.String(), Steps: thread.Steps, Err: internalError(r, thread, lim)}
		}
	}()
	thread.SetLocal(outputKey, out)
	thread.Print = func(_ *starlark.Thread, msg string) { _ = out.write(msg + "\n") }
	prog, err := compile(src, opts.Filename)
	if err != nil {
		return Result{Err: err}
	}
	predeclared := predeclare(opts.Globals)
	if opts.Setup != nil {
		opts.Setup(thread)
	}
	stop := lim.install(thread)
	defer stop()
	thread.SetLocal(stdlib.ChargeKey, func(n uint64) error { return lim.charge(thread, n) })
	_, runErr := prog.Run(thread, interpOptions(opts, predeclared, lim))
	res = Result{Output: out.String(), Steps: thread.Steps}
	if runErr != nil || failed(thread) != nil {
		res.Err = runError(runErr, thread)
	}
	return res
}

func withDefaults(opts Options) Options {
	if opts.Filename == "" {
		opts.Filename = DefaultFilename
	}
	opts.Limits = opts.Limits.WithDefaults()
	return opts
}

// predeclare layers the names a script sees after its own: the
// datetime classes, the Python builtins and the caller's globals. The
// interpreter provides the builtins that need its classes (isinstance,
// super, the exceptions) itself.
func predeclare(globals starlark.StringDict) starlark.StringDict {
	layers := []starlark.StringDict{starlark.Universe, py.Builtins, builtins, globals}
	n := 0
	for _, layer := range layers {
		n += len(layer)
	}
	all := make(starlark.StringDict, n)
	for _, layer := range layers {
		for name, v := range layer {
			all[name] = v
		}
	}
	delete(all, "fail")
	return all
}

// compile parses src and compiles it for the interpreter.
func compile(src, filename string) (*interp.Program, *Error) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, parseError(err)
	}
	prog, err := interp.Compile(mod, filename, src)
	if err != nil {
		return nil, parseError(err)
	}
	return prog, nil
}

// internalError reports a Go panic; its line is the last the limiter saw.
func internalError(r any, thread *starlark.Thread, lim *limiter) *Error {
	line := CallerLine(thread)
	if line == 0 {
		line = lim.lastLine
	}
	return PanicError(r, line)
}
