package script

import (
	"os"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
	"ormlab/engine/limits"
	"ormlab/engine/py"
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
	// Python runs the script on the Python front end (packages syntax and
	// interp) instead of the rewriter into Starlark.
	Python bool
	// Setup, if set, is called with the thread before the script runs,
	// so the caller can bind its database and session (Thread.SetLocal).
	Setup func(*starlark.Thread)
}

// Result is the outcome of a run.
type Result struct {
	Output string // what the script printed, up to the failure if any
	Err    *Error // nil on success
	Steps  uint64 // Starlark execution steps taken
}

// fileOptions are the Starlark dialect the rewritten Python needs.
var fileOptions = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

// Run executes src. It never panics: a Go panic anywhere below becomes
// an InternalError in the result.
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
	thread.SetLocal(filenameKey, opts.Filename)
	thread.Print = func(_ *starlark.Thread, msg string) { _ = out.write(msg + "\n") }
	if opts.Python || os.Getenv("ORMLAB_PY") != "" {
		return runPython(src, opts, thread, out, lim)
	}
	predeclared := predeclare(opts.Globals)
	prog, err := compile(src, opts.Filename, predeclared)
	if err != nil {
		return Result{Err: err}
	}
	if opts.Setup != nil {
		opts.Setup(thread)
	}
	stop := lim.install(thread)
	defer stop()
	_, runErr := prog.Init(thread, predeclared)
	res = Result{Output: out.String(), Steps: thread.Steps}
	if _, failed := thread.Local(failureKey).(*failure); failed || runErr != nil {
		res.Err = runError(runErr, thread, lim, opts.Filename)
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

// predeclare layers the names a script sees: Starlark's universe, the
// datetime classes, the Python builtins, the caller's globals, and the
// hidden builtins the rewriter calls.
func predeclare(globals starlark.StringDict) starlark.StringDict {
	layers := []starlark.StringDict{starlark.Universe, py.Builtins, builtins, globals, hidden}
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

// compile rewrites, parses, transforms, resolves and compiles src. Every
// name resolves: one that is not predeclared fails with NameError when
// the line runs, as in Python, rather than before the script starts.
func compile(src, filename string, predeclared starlark.StringDict) (*starlark.Program, *Error) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	rewritten, err := rewrite(src, predeclared.Has)
	if err != nil {
		return nil, staticError(err)
	}
	f, err := fileOptions.Parse(filename, rewritten, 0)
	if err != nil {
		return nil, staticError(err)
	}
	transform(f)
	prog, err := starlark.FileProgram(f, func(string) bool { return true })
	if err != nil {
		return nil, staticError(err)
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
