package template

import (
	"errors"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// alteringMethods are the model, QuerySet and related manager methods
// Django marks alters_data, which a template must not call: it renders
// string_if_invalid in their place.
var alteringMethods = map[string]bool{
	"save": true, "save_base": true, "delete": true, "update": true,
	"create": true, "get_or_create": true, "update_or_create": true,
	"bulk_create": true, "bulk_update": true,
	"add": true, "remove": true, "clear": true, "set": true,
}

// coreTypes are the Starlark types whose methods are Python's own, never
// marked alters_data.
var coreTypes = map[string]bool{"dict": true, "list": true, "string": true, "tuple": true, "set": true, "bytes": true}

func isCallable(x starlark.Value) bool {
	_, ok := x.(starlark.Callable)
	return ok
}

// callable is the last step of each lookup in Django's _resolve_lookup:
// a callable value is called with no arguments (an author.book_set.count
// sends its query here), unless it alters data or needs arguments, when
// it becomes string_if_invalid. parent is the value name was read from
// (nil for a context variable).
func (r *renderer) callable(parent starlark.Value, name string, x starlark.Value) (starlark.Value, error) {
	fn, ok := x.(starlark.Callable)
	switch {
	case !ok:
		return x, nil
	case altersData(parent, name, fn):
		return starlark.String(""), nil
	case needsArguments(fn):
		return starlark.String(""), nil
	}
	out, err := starlark.Call(r.thread, fn, nil, nil)
	if err != nil && isArgumentError(err) {
		return starlark.String(""), nil
	}
	return out, err
}

// altersData reports whether fn is a data-altering method of a model
// instance, QuerySet or manager.
func altersData(parent starlark.Value, name string, fn starlark.Callable) bool {
	owner := parent
	if b, ok := fn.(*starlark.Builtin); ok && b.Receiver() != nil {
		owner, name = b.Receiver(), b.Name()
	}
	return owner != nil && alteringMethods[name] && !coreTypes[owner.Type()]
}

// needsArguments reports whether a script function has a parameter
// without a default, which Django finds with inspect.signature().bind().
func needsArguments(fn starlark.Callable) bool {
	if n, ok := fn.(interface{ NeedsArguments() bool }); ok {
		return n.NeedsArguments()
	}
	f, ok := fn.(*starlark.Function)
	if !ok {
		return false
	}
	for i := range f.NumParams() {
		if f.ParamDefault(i) == nil && i != varargsIndex(f) && i != kwargsIndex(f) {
			return true
		}
	}
	return false
}

// varargsIndex and kwargsIndex locate *args and **kwargs among a
// function's parameters, which come last.
func varargsIndex(f *starlark.Function) int {
	if !f.HasVarargs() {
		return -1
	}
	return f.NumParams() - 1 - boolInt(f.HasKwargs())
}

func kwargsIndex(f *starlark.Function) int {
	if !f.HasKwargs() {
		return -1
	}
	return f.NumParams() - 1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isArgumentError reports whether a builtin's error says it needs
// arguments: Django then renders string_if_invalid, as for a method
// whose signature does not bind without arguments.
func isArgumentError(err error) bool {
	var pe *py.Exception
	if errors.As(err, &pe) {
		return false
	}
	msg := err.Error()
	var ee *starlark.EvalError
	if errors.As(err, &ee) {
		msg = ee.Msg
	}
	for _, s := range []string{"missing argument for", "missing 1 required", "got 0 arguments", "takes exactly"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
