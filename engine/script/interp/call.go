package interp

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// call compiles f(a, *b, k=v, **m).
func (c *compiler) call(e *syntax.Call) (exprFn, error) {
	if n, ok := e.Func.(*syntax.Name); ok && n.Id == "super" && len(e.Args) == 0 && len(e.Keywords) == 0 {
		return c.zeroArgSuper(n)
	}
	fn, err := c.expr(e.Func)
	if err != nil {
		return nil, err
	}
	args, err := c.items(e.Args)
	if err != nil {
		return nil, err
	}
	kwargs, err := c.keywords(e.Keywords)
	if err != nil {
		return nil, err
	}
	line := c.nodeLine(e)
	return func(fr *frame) (starlark.Value, error) {
		f, err := fn(fr)
		if err != nil {
			return nil, err
		}
		a, err := args(fr)
		if err != nil {
			return nil, err
		}
		kw, err := kwargs(fr, f)
		if err != nil {
			return nil, err
		}
		if line > 0 {
			fr.line = line
		}
		return fr.in.call(f, a, kw)
	}, nil
}

// keywords compiles a call's k=v and **m arguments.
func (c *compiler) keywords(list []*syntax.Keyword) (func(fr *frame, f starlark.Value) ([]starlark.Tuple, error), error) {
	if len(list) == 0 {
		return func(*frame, starlark.Value) ([]starlark.Tuple, error) { return nil, nil }, nil
	}
	names := make([]string, len(list))
	vals := make([]exprFn, len(list))
	for i, k := range list {
		names[i] = k.Arg
		var err error
		if vals[i], err = c.expr(k.Value); err != nil {
			return nil, err
		}
	}
	return func(fr *frame, f starlark.Value) ([]starlark.Tuple, error) {
		out := make([]starlark.Tuple, 0, len(vals))
		seen := map[string]bool{}
		add := func(name string, v starlark.Value) error {
			if seen[name] {
				return typeErrorf("%s() got multiple values for keyword argument '%s'", calleeQualName(f), name)
			}
			seen[name] = true
			out = append(out, starlark.Tuple{starlark.String(name), v})
			return nil
		}
		for i, val := range vals {
			v, err := val(fr)
			if err != nil {
				return nil, err
			}
			if names[i] != "" {
				if err := add(names[i], v); err != nil {
					return nil, err
				}
				continue
			}
			if err := fr.in.spreadKeywords(f, v, add); err != nil {
				return nil, err
			}
		}
		return out, nil
	}, nil
}

// spreadKeywords passes each item of a mapping given as **m.
func (in *Interp) spreadKeywords(f, m starlark.Value, add func(string, starlark.Value) error) error {
	src, ok := nativeOf(m).(starlark.IterableMapping)
	if !ok {
		return typeErrorf("%s() argument after ** must be a mapping, not %s", calleeQualName(f), typeName(m))
	}
	for _, kv := range src.Items() {
		k, ok := kv[0].(starlark.String)
		if !ok {
			return typeErrorf("keywords must be strings")
		}
		if err := add(string(k), kv[1]); err != nil {
			return err
		}
	}
	return nil
}

// call is f(*args, **kwargs) for any callable value.
func (in *Interp) call(f starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	var err error
	switch x := f.(type) {
	case *Function:
		// A script function needs no Starlark frame: the interpreter keeps
		// its own.
		v, err = x.CallInternal(in.thread, args, kwargs)
	case starlark.Callable:
		v, err = starlark.Call(in.thread, x, args, kwargs)
	default:
		return nil, typeErrorf("'%s' object is not callable", typeName(f))
	}
	if pending := in.takePending(); pending != nil && err == nil {
		return nil, pending
	}
	return v, err
}

// zeroArgSuper compiles super() in a method: the class that defined the
// method and its first argument.
func (c *compiler) zeroArgSuper(n *syntax.Name) (exprFn, error) {
	load := c.load(n.Id)
	return func(fr *frame) (starlark.Value, error) {
		f, err := load(fr)
		if err != nil {
			return nil, err
		}
		if f != superBuiltin {
			return fr.in.call(f, nil, nil)
		}
		if fr.fn == nil || fr.fn.class == nil || len(fr.fn.code.params.slots) == 0 {
			return nil, newError("RuntimeError", "super(): no arguments")
		}
		self := fr.getSlot(fr.fn.code.params.slots[0])
		if self == nil {
			return nil, newError("RuntimeError", "super(): arg[0] deleted")
		}
		return &Super{class: fr.fn.class, obj: self}, nil
	}, nil
}

// calleeName is a callable's __name__ for messages.
func calleeName(f starlark.Value) string {
	if c, ok := f.(starlark.Callable); ok {
		return c.Name()
	}
	return typeName(f)
}

// calleeQualName is a callable's __qualname__ for messages.
func calleeQualName(f starlark.Value) string {
	switch x := f.(type) {
	case *Function:
		return x.code.qualname
	case *Method:
		return calleeQualName(x.fn)
	case *Class:
		return x.qualname
	}
	return calleeName(f)
}

func qualName(f starlark.Value) string { return calleeQualName(f) }
