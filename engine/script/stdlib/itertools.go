package stdlib

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
	"sync"

	"ormlab/engine/py"
)

// itertoolsNames are the itertools module's functions. Each returns a
// lazy iterator, as CPython's do. batched is left out: it is new in
// Python 3.12, and the lab matches 3.11.
// See https://docs.python.org/3/library/itertools.html.
var itertoolsNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"chain":                         chainType,
		"islice":                        builtin("islice", itertools_islice),
		"count":                         builtin("count", itertools_count),
		"cycle":                         builtin("cycle", itertools_cycle),
		"repeat":                        builtin("repeat", itertools_repeat),
		"accumulate":                    builtin("accumulate", itertools_accumulate),
		"groupby":                       builtin("groupby", itertools_groupby),
		"zip_longest":                   builtin("zip_longest", itertools_zip_longest),
		"pairwise":                      builtin("pairwise", itertools_pairwise),
		"starmap":                       builtin("starmap", itertools_starmap),
		"compress":                      builtin("compress", itertools_compress),
		"takewhile":                     builtin("takewhile", predicateIter("takewhile")),
		"dropwhile":                     builtin("dropwhile", predicateIter("dropwhile")),
		"filterfalse":                   builtin("filterfalse", predicateIter("filterfalse")),
		"tee":                           builtin("tee", itertools_tee),
		"product":                       builtin("product", itertools_product),
		"permutations":                  builtin("permutations", itertools_permutations),
		"combinations":                  builtin("combinations", combinatoric("combinations", false)),
		"combinations_with_replacement": builtin("combinations_with_replacement", combinatoric("combinations_with_replacement", true)),
	}
})

// chainType is itertools.chain, whose from_iterable is an attribute.
var chainType = &callableWithAttrs{
	Builtin: builtin("chain", itertools_chain),
	attrs:   starlark.StringDict{"from_iterable": builtin("from_iterable", itertools_chain_from_iterable)},
}

// callableWithAttrs is a builtin that also has attributes, as a class
// with class methods does.
type callableWithAttrs struct {
	*starlark.Builtin
	attrs    starlark.StringDict
	repr     string
	instance func(starlark.Value) bool // isinstance(v, this), if it is a type
}

// IsInstance lets isinstance check against the type.
func (c *callableWithAttrs) IsInstance(v starlark.Value) bool {
	return c.instance != nil && c.instance(v)
}

func (c *callableWithAttrs) Attr(name string) (starlark.Value, error) {
	if v, ok := c.attrs[name]; ok {
		return v, nil
	}
	if name == "__name__" || name == "__qualname__" {
		return starlark.String(c.Name()), nil
	}
	return nil, nil
}

func (c *callableWithAttrs) AttrNames() []string { return c.attrs.Keys() }

// PyRepr is the class repr: <class 'itertools.chain'>.
func (c *callableWithAttrs) PyRepr() string {
	if c.repr != "" {
		return c.repr
	}
	return "<class 'itertools." + c.Name() + "'>"
}

func noKwargs(name string, kwargs []starlark.Tuple) error {
	if len(kwargs) > 0 {
		return py.Errorf("TypeError", "%s() takes no keyword arguments", name)
	}
	return nil
}

func itertools_chain(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs("chain", kwargs); err != nil {
		return nil, err
	}
	return chainOf(thread, starlark.Tuple(args))
}

func itertools_chain_from_iterable(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	if err := starlark.UnpackPositionalArgs("from_iterable", args, kwargs, 1, &iterable); err != nil {
		return nil, err
	}
	return chainOf(thread, iterable)
}

// chainOf iterates each iterable iterables yields in turn, taking iter()
// of each only when it is reached, as CPython does.
func chainOf(thread *starlark.Thread, iterables starlark.Value) (starlark.Value, error) {
	outer, err := newSource(thread, iterables)
	if err != nil {
		return nil, err
	}
	var inner *source
	return newLazy("chain", func() (starlark.Value, bool, error) {
		for {
			if inner != nil {
				v, ok, err := inner.next()
				if ok || err != nil {
					return v, ok, err
				}
			}
			next, ok, err := outer.next()
			if !ok || err != nil {
				return nil, false, err
			}
			if inner, err = newSource(thread, next); err != nil {
				return nil, false, err
			}
		}
	}), nil
}

// sliceIndex is an islice bound: None or a non-negative int.
func sliceIndex(v starlark.Value, dflt int, what string) (int, error) {
	if v == starlark.None {
		return dflt, nil
	}
	i, ok := v.(starlark.Int)
	n, exact := i.Int64()
	if !ok || !exact || n < 0 || n > 1<<62 {
		return 0, py.Errorf("ValueError", "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
	}
	return int(n), nil
}

func itertools_islice(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noKwargs("islice", kwargs); err != nil {
		return nil, err
	}
	if len(args) < 2 || len(args) > 4 {
		return nil, py.Errorf("TypeError", "islice expected at most 4 arguments, got %d", len(args))
	}
	src, err := newSource(thread, args[0])
	if err != nil {
		return nil, err
	}
	start, stop, step := 0, 1<<62, 1
	if len(args) == 2 {
		stop, err = sliceIndex(args[1], 1<<62, "Stop")
	} else {
		if start, err = sliceIndex(args[1], 0, "Indices"); err == nil {
			stop, err = sliceIndex(args[2], 1<<62, "Stop")
		}
		if err == nil && len(args) == 4 {
			if step, err = sliceIndex(args[3], 1, "Step"); err == nil && step == 0 {
				err = py.Errorf("ValueError", "Step for islice() must be a positive integer or None.")
			}
		}
	}
	if err != nil {
		return nil, err
	}
	pos, want := 0, start
	return newLazy("islice", func() (starlark.Value, bool, error) {
		for want < stop {
			v, ok, err := src.next()
			if !ok || err != nil {
				want = stop
				return nil, false, err
			}
			pos++
			if pos-1 == want {
				want += step
				return v, true, nil
			}
		}
		return nil, false, nil
	}), nil
}

func itertools_count(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var start, step starlark.Value = starlark.MakeInt(0), starlark.MakeInt(1)
	if err := starlark.UnpackArgs("count", args, kwargs, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	n := start
	l := newLazy("count", func() (starlark.Value, bool, error) {
		v := n
		next, err := starlark.Binary(syntax.PLUS, n, step)
		n = next
		return v, err == nil, err
	})
	l.repr = func() string {
		if s, ok := step.(starlark.Int); ok && s.Sign() > 0 && s.BigInt().IsInt64() && s.BigInt().Int64() == 1 {
			return "count(" + py.Repr(n) + ")"
		}
		return "count(" + py.Repr(n) + ", " + py.Repr(step) + ")"
	}
	return l, nil
}

// itertools_cycle saves the items of the first pass and repeats them.
func itertools_cycle(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	if err := starlark.UnpackPositionalArgs("cycle", args, kwargs, 1, &iterable); err != nil {
		return nil, err
	}
	src, err := newSource(thread, iterable)
	if err != nil {
		return nil, err
	}
	var saved []starlark.Value
	i, first := 0, true
	return newLazy("cycle", func() (starlark.Value, bool, error) {
		if first {
			v, ok, err := src.next()
			if ok {
				saved = append(saved, v)
				return v, true, nil
			}
			if err != nil {
				return nil, false, err
			}
			first = false
		}
		if len(saved) == 0 {
			return nil, false, nil
		}
		v := saved[i%len(saved)]
		i++
		return v, true, nil
	}), nil
}

func itertools_repeat(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	times := -1
	if err := starlark.UnpackArgs("repeat", args, kwargs, "object", &obj, "times?", &times); err != nil {
		return nil, err
	}
	if times < -1 {
		times = 0
	}
	l := newLazy("repeat", func() (starlark.Value, bool, error) {
		if times == 0 {
			return nil, false, nil
		}
		if times > 0 {
			times--
		}
		return obj, true, nil
	})
	l.repr = func() string {
		if times < 0 {
			return "repeat(" + py.Repr(obj) + ")"
		}
		return "repeat(" + py.Repr(obj) + ", " + starlark.MakeInt(times).String() + ")"
	}
	return l, nil
}
