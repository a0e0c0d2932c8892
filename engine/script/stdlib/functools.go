package stdlib

import (
	"go.starlark.net/syntax"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// functoolsNames are the functools module's functions; cached_property
// and total_ordering are the interpreter's (interp.Modules), since they
// work on its classes.
// See https://docs.python.org/3/library/functools.html.
var functoolsNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"reduce":         builtin("reduce", functools_reduce),
		"partial":        &callableWithAttrs{Builtin: builtin("partial", functools_partial), repr: "<class 'functools.partial'>"},
		"lru_cache":      builtin("lru_cache", functools_lru_cache),
		"cache":          builtin("cache", functools_cache),
		"wraps":          builtin("wraps", functools_wraps),
		"update_wrapper": builtin("update_wrapper", functools_update_wrapper),
		"cmp_to_key":     builtin("cmp_to_key", functools_cmp_to_key),
	}
})

func functools_reduce(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs("reduce", kwargs); err != nil {
		return nil, err
	}
	if len(args) < 2 || len(args) > 3 {
		return nil, py.Errorf("TypeError", "reduce expected at least 2 arguments, got %d", len(args))
	}
	src, err := newSource(thread, args[1])
	if err != nil {
		return nil, py.Errorf("TypeError", "reduce() arg 2 must support iteration")
	}
	var acc starlark.Value
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, ok, err := src.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if acc == nil {
			acc = v
		} else if acc, err = starlark.Call(thread, args[0], starlark.Tuple{acc, v}, nil); err != nil {
			return nil, err
		}
	}
	if acc == nil {
		return nil, py.Errorf("TypeError", "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// partial is functools.partial: a callable with some arguments fixed.
type partial struct {
	fn       starlark.Value
	args     starlark.Tuple
	keywords []starlark.Tuple
}

var (
	_ starlark.Callable = (*partial)(nil)
	_ starlark.HasAttrs = (*partial)(nil)
)

func functools_partial(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Errorf("TypeError", "type 'partial' takes at least one argument")
	}
	if _, ok := args[0].(starlark.Callable); !ok {
		return nil, py.Errorf("TypeError", "the first argument must be callable")
	}
	if inner, ok := args[0].(*partial); ok {
		return &partial{fn: inner.fn, args: append(append(starlark.Tuple{}, inner.args...), args[1:]...), keywords: mergeKwargs(inner.keywords, kwargs)}, nil
	}
	return &partial{fn: args[0], args: append(starlark.Tuple{}, args[1:]...), keywords: kwargs}, nil
}

// mergeKwargs is dict(base, **over) as a keyword list.
func mergeKwargs(base, over []starlark.Tuple) []starlark.Tuple {
	out := append([]starlark.Tuple{}, base...)
	for _, kv := range over {
		replaced := false
		for i := range out {
			if out[i][0] == kv[0] {
				out[i], replaced = kv, true
			}
		}
		if !replaced {
			out = append(out, kv)
		}
	}
	return out
}

func (p *partial) Name() string          { return "partial" }
func (p *partial) String() string        { return p.PyRepr() }
func (p *partial) Type() string          { return "functools.partial" }
func (p *partial) Freeze()               {}
func (p *partial) Truth() starlark.Bool  { return true }
func (p *partial) Hash() (uint32, error) { return starlark.String("partial").Hash() }

// PyRepr is functools.partial(<function f at 0x...>, 2, b=3).
func (p *partial) PyRepr() string {
	parts := []string{py.Repr(p.fn)}
	for _, a := range p.args {
		parts = append(parts, py.Repr(a))
	}
	for _, kv := range p.keywords {
		parts = append(parts, string(kv[0].(starlark.String))+"="+py.Repr(kv[1]))
	}
	return "functools.partial(" + strings.Join(parts, ", ") + ")"
}

func (p *partial) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	all := append(append(starlark.Tuple{}, p.args...), args...)
	return starlark.Call(thread, p.fn, all, mergeKwargs(p.keywords, kwargs))
}

func (p *partial) Attr(name string) (starlark.Value, error) {
	switch name {
	case "func":
		return p.fn, nil
	case "args":
		return p.args, nil
	case "keywords":
		d := starlark.NewDict(len(p.keywords))
		for _, kv := range p.keywords {
			_ = d.SetKey(kv[0], kv[1])
		}
		return d, nil
	}
	return nil, nil
}

func (p *partial) AttrNames() []string { return []string{"args", "func", "keywords"} }

// wrapperAttrs are the attributes update_wrapper copies, in CPython's
// WRAPPER_ASSIGNMENTS order.
var wrapperAttrs = []string{"__module__", "__name__", "__qualname__", "__doc__"}

func functools_update_wrapper(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var wrapper, wrapped starlark.Value
	if err := starlark.UnpackArgs("update_wrapper", args, kwargs, "wrapper", &wrapper, "wrapped", &wrapped); err != nil {
		return nil, err
	}
	return updateWrapper(wrapper, wrapped)
}

// updateWrapper copies wrapped's name, qualified name, module and doc
// onto wrapper, and sets __wrapped__, as functools.update_wrapper does.
func updateWrapper(wrapper, wrapped starlark.Value) (starlark.Value, error) {
	set, ok := wrapper.(starlark.HasSetField)
	if !ok {
		return nil, py.Errorf("AttributeError", "'%s' object has no attribute '__module__'", py.TypeName(wrapper))
	}
	if from, ok := wrapped.(starlark.HasAttrs); ok {
		for _, name := range wrapperAttrs {
			if v, err := from.Attr(name); err == nil && v != nil {
				if err := set.SetField(name, v); err != nil {
					return nil, err
				}
			}
		}
	}
	return wrapper, set.SetField("__wrapped__", wrapped)
}

func functools_wraps(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var wrapped starlark.Value
	if err := starlark.UnpackArgs("wraps", args, kwargs, "wrapped", &wrapped); err != nil {
		return nil, err
	}
	return builtin("update_wrapper", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var wrapper starlark.Value
		if err := starlark.UnpackPositionalArgs("update_wrapper", args, kwargs, 1, &wrapper); err != nil {
			return nil, err
		}
		return updateWrapper(wrapper, wrapped)
	}), nil
}

// cmpKey is what cmp_to_key's result makes of a value: it orders by
// calling the comparison function.
type cmpKey struct {
	thread *starlark.Thread
	cmp    starlark.Value
	obj    starlark.Value
}

var _ starlark.Comparable = (*cmpKey)(nil)

func (k *cmpKey) String() string       { return "<functools.KeyWrapper object>" }
func (k *cmpKey) Type() string         { return "functools.KeyWrapper" }
func (k *cmpKey) Freeze()              {}
func (k *cmpKey) Truth() starlark.Bool { return true }
func (k *cmpKey) Hash() (uint32, error) {
	return 0, py.Errorf("TypeError", "unhashable type: 'functools.KeyWrapper'")
}

func (k *cmpKey) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	r, err := starlark.Call(k.thread, k.cmp, starlark.Tuple{k.obj, y.(*cmpKey).obj}, nil)
	if err != nil {
		return false, err
	}
	zero := starlark.MakeInt(0)
	return starlark.Compare(op, r, zero)
}

func functools_cmp_to_key(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cmp starlark.Value
	if err := starlark.UnpackArgs("cmp_to_key", args, kwargs, "mycmp", &cmp); err != nil {
		return nil, err
	}
	return builtin("K", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var obj starlark.Value
		if err := starlark.UnpackPositionalArgs("K", args, kwargs, 1, &obj); err != nil {
			return nil, err
		}
		return &cmpKey{thread: thread, cmp: cmp, obj: obj}, nil
	}), nil
}
