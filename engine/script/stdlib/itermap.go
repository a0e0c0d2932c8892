package stdlib

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

func itertools_accumulate(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	var fn, initial starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs("accumulate", args, kwargs, "iterable", &iterable, "func?", &fn, "initial?", &initial); err != nil {
		return nil, err
	}
	src, err := newSource(thread, iterable)
	if err != nil {
		return nil, err
	}
	var total starlark.Value
	if initial != starlark.None {
		total = initial
	}
	started := false
	return newLazy("accumulate", func() (starlark.Value, bool, error) {
		if !started && total != nil {
			started = true
			return total, true, nil
		}
		started = true
		v, ok, err := src.next()
		if !ok || err != nil {
			return nil, false, err
		}
		if total == nil {
			total = v
		} else if fn == starlark.None {
			total, err = starlark.Binary(syntax.PLUS, total, v)
		} else {
			total, err = starlark.Call(thread, fn, starlark.Tuple{total, v}, nil)
		}
		return total, err == nil, err
	}), nil
}

func itertools_zip_longest(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fill starlark.Value = starlark.None
	for _, kv := range kwargs {
		if string(kv[0].(starlark.String)) != "fillvalue" {
			return nil, py.Errorf("TypeError", "zip_longest() got an unexpected keyword argument '%s'", kv[0].(starlark.String))
		}
		fill = kv[1]
	}
	srcs := make([]*source, len(args))
	for i, a := range args {
		var err error
		if srcs[i], err = newSource(thread, a); err != nil {
			return nil, err
		}
	}
	live := len(srcs)
	exhausted := make([]bool, len(srcs))
	return newLazy("zip_longest", func() (starlark.Value, bool, error) {
		if live == 0 {
			return nil, false, nil
		}
		row := make(starlark.Tuple, len(srcs))
		for i, s := range srcs {
			row[i] = fill
			if exhausted[i] {
				continue
			}
			v, ok, err := s.next()
			if err != nil {
				return nil, false, err
			}
			if ok {
				row[i] = v
				continue
			}
			exhausted[i] = true
			if live--; live == 0 {
				return nil, false, nil
			}
		}
		return row, true, nil
	}), nil
}

func itertools_pairwise(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	if err := starlark.UnpackPositionalArgs("pairwise", args, kwargs, 1, &iterable); err != nil {
		return nil, err
	}
	src, err := newSource(thread, iterable)
	if err != nil {
		return nil, err
	}
	var prev starlark.Value
	return newLazy("pairwise", func() (starlark.Value, bool, error) {
		if prev == nil {
			v, ok, err := src.next()
			if !ok || err != nil {
				return nil, false, err
			}
			prev = v
		}
		v, ok, err := src.next()
		if !ok || err != nil {
			return nil, false, err
		}
		pair := starlark.Tuple{prev, v}
		prev = v
		return pair, true, nil
	}), nil
}

func itertools_starmap(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn, iterable starlark.Value
	if err := starlark.UnpackPositionalArgs("starmap", args, kwargs, 2, &fn, &iterable); err != nil {
		return nil, err
	}
	src, err := newSource(thread, iterable)
	if err != nil {
		return nil, err
	}
	return newLazy("starmap", func() (starlark.Value, bool, error) {
		v, ok, err := src.next()
		if !ok || err != nil {
			return nil, false, err
		}
		fnArgs, err := elements(thread, v)
		if err != nil {
			return nil, false, err
		}
		r, err := starlark.Call(thread, fn, fnArgs, nil)
		return r, err == nil, err
	}), nil
}

func itertools_compress(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data, selectors starlark.Value
	if err := starlark.UnpackArgs("compress", args, kwargs, "data", &data, "selectors", &selectors); err != nil {
		return nil, err
	}
	d, err := newSource(thread, data)
	if err != nil {
		return nil, err
	}
	s, err := newSource(thread, selectors)
	if err != nil {
		return nil, err
	}
	return newLazy("compress", func() (starlark.Value, bool, error) {
		for {
			v, ok, err := d.next()
			if !ok || err != nil {
				return nil, false, err
			}
			sel, ok, err := s.next()
			if !ok || err != nil {
				return nil, false, err
			}
			if sel.Truth() {
				return v, true, nil
			}
		}
	}), nil
}

// predicateIter makes takewhile, dropwhile and filterfalse, which differ
// in what they do with each item the predicate judges.
func predicateIter(name string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var pred, iterable starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 2, &pred, &iterable); err != nil {
			return nil, err
		}
		src, err := newSource(thread, iterable)
		if err != nil {
			return nil, err
		}
		test := func(v starlark.Value) (bool, error) {
			if pred == starlark.None {
				return bool(v.Truth()), nil
			}
			r, err := starlark.Call(thread, pred, starlark.Tuple{v}, nil)
			if err != nil {
				return false, err
			}
			return bool(r.Truth()), nil
		}
		stopped := false
		return newLazy(name, func() (starlark.Value, bool, error) {
			for {
				v, ok, err := src.next()
				if !ok || err != nil {
					return nil, false, err
				}
				if stopped {
					return v, true, nil
				}
				t, err := test(v)
				if err != nil {
					return nil, false, err
				}
				switch {
				case name == "takewhile" && !t:
					return nil, false, nil
				case name == "takewhile", name == "filterfalse" && !t:
					return v, true, nil
				case name == "dropwhile" && !t:
					stopped = true
					return v, true, nil
				}
			}
		}), nil
	}
}

// itertools_tee shares one source between n iterators, each keeping the
// items the others have read and it has not.
func itertools_tee(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	n := 2
	if err := starlark.UnpackPositionalArgs("tee", args, kwargs, 1, &iterable, &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf("ValueError", "n must be >= 0")
	}
	src, err := newSource(thread, iterable)
	if err != nil {
		return nil, err
	}
	queues := make([][]starlark.Value, n)
	out := make(starlark.Tuple, n)
	for i := range out {
		i := i
		out[i] = newLazy("_tee", func() (starlark.Value, bool, error) {
			if len(queues[i]) == 0 {
				v, ok, err := src.next()
				if !ok || err != nil {
					return nil, false, err
				}
				for j := range queues {
					queues[j] = append(queues[j], v)
				}
			}
			v := queues[i][0]
			queues[i] = queues[i][1:]
			return v, true, nil
		})
	}
	return out, nil
}
