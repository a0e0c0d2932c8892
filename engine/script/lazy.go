package script

import (
	"strconv"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
	"ormlab/engine/script/interp"
	"ormlab/engine/script/stdlib"
)

func builtin_enumerate(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	var start starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs("enumerate", args, kwargs, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	if _, ok := start.(starlark.Int); !ok {
		return nil, py.Errorf("TypeError", "'%s' object cannot be interpreted as an integer", py.TypeName(start))
	}
	next, err := stdlib.Pull(thread, iterable)
	if err != nil {
		return nil, err
	}
	n := start
	return stdlib.NewIterator("enumerate", func() (starlark.Value, bool, error) {
		v, ok, err := next()
		if !ok || err != nil {
			return nil, false, err
		}
		pair := starlark.Tuple{n, v}
		n, err = starlark.Binary(syntax.PLUS, n, starlark.MakeInt(1))
		return pair, err == nil, err
	}), nil
}

func builtin_zip(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	strict := false
	for _, kv := range kwargs {
		if string(kv[0].(starlark.String)) != "strict" {
			return nil, py.Errorf("TypeError", "zip() got an unexpected keyword argument '%s'", kv[0].(starlark.String))
		}
		strict = bool(kv[1].Truth())
	}
	pulls := make([]func() (starlark.Value, bool, error), len(args))
	for i, a := range args {
		var err error
		if pulls[i], err = stdlib.Pull(thread, a); err != nil {
			return nil, py.Errorf("TypeError", "'%s' object is not iterable", py.TypeName(a))
		}
	}
	done := len(pulls) == 0
	return stdlib.NewIterator("zip", func() (starlark.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		row := make(starlark.Tuple, len(pulls))
		for i, pull := range pulls {
			v, ok, err := pull()
			if err != nil || !ok {
				done = true
				if err == nil && strict {
					err = zipStrictError(pulls, i)
				}
				return nil, false, err
			}
			row[i] = v
		}
		return row, true, nil
	}), nil
}

// zipStrictError is zip(strict=True)'s complaint when argument i ran out
// first (shorter), or when it ran out with the others not (longer).
func zipStrictError(pulls []func() (starlark.Value, bool, error), i int) error {
	which := func(n int) string {
		if n == 1 {
			return "argument 1"
		}
		return "arguments 1-" + strconv.Itoa(n)
	}
	if i > 0 {
		return py.Errorf("ValueError", "zip() argument %d is shorter than %s", i+1, which(i))
	}
	for j := 1; j < len(pulls); j++ {
		if _, ok, err := pulls[j](); err != nil || ok {
			if err != nil {
				return err
			}
			return py.Errorf("ValueError", "zip() argument %d is longer than %s", j+1, which(j))
		}
	}
	return nil
}

func builtin_map(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, py.Errorf("TypeError", "map() must have at least two arguments.")
	}
	rows, err := builtin_zip(thread, nil, args[1:], nil)
	if err != nil {
		return nil, err
	}
	next, _ := stdlib.Pull(thread, rows)
	fn := args[0]
	return stdlib.NewIterator("map", func() (starlark.Value, bool, error) {
		row, ok, err := next()
		if !ok || err != nil {
			return nil, false, err
		}
		v, err := starlark.Call(thread, fn, row.(starlark.Tuple), nil)
		return v, err == nil, err
	}), nil
}

func builtin_filter(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.Errorf("TypeError", "filter expected 2 arguments, got %d", len(args))
	}
	next, err := stdlib.Pull(thread, args[1])
	if err != nil {
		return nil, err
	}
	fn := args[0]
	return stdlib.NewIterator("filter", func() (starlark.Value, bool, error) {
		for {
			v, ok, err := next()
			if !ok || err != nil {
				return nil, false, err
			}
			keep := v
			if fn != starlark.None {
				if keep, err = starlark.Call(thread, fn, starlark.Tuple{v}, nil); err != nil {
					return nil, false, err
				}
			}
			if keep.Truth() {
				return v, true, nil
			}
		}
	}), nil
}

// reverseNames are the iterator types reversed() returns, by argument.
var reverseNames = map[string]string{
	"list": "list_reverseiterator", "range": "range_iterator", "dict": "dict_reversekeyiterator",
}

func builtin_reversed(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var seq starlark.Value
	if err := starlark.UnpackPositionalArgs("reversed", args, kwargs, 1, &seq); err != nil {
		return nil, err
	}
	var items starlark.Indexable
	seq = interp.Native(seq)
	switch x := seq.(type) {
	case *interp.Object:
		return reversedObject(thread, x)
	case starlark.String:
		items = py.Chars(x)
	case *starlark.Dict:
		items = starlark.Tuple(x.Keys())
	case stdlib.DictLike:
		items = starlark.Tuple(x.Dict().Keys())
	case starlark.Indexable:
		items = x
	default:
		return nil, py.Errorf("TypeError", "'%s' object is not reversible", py.TypeName(seq))
	}
	name := reverseNames[py.TypeName(seq)]
	if name == "" {
		name = "reversed"
	}
	i := items.Len()
	return stdlib.NewIterator(name, func() (starlark.Value, bool, error) {
		if i = min(i, items.Len()); i <= 0 {
			return nil, false, nil
		}
		i--
		return items.Index(i), true, nil
	}), nil
}

// reversedObject is reversed(o) for a script's instance: its
// __reversed__, or __getitem__ from len(o)-1 down to 0.
func reversedObject(thread *starlark.Thread, o *interp.Object) (starlark.Value, error) {
	if m, _ := o.Attr("__reversed__"); m != nil {
		return starlark.Call(thread, m, nil, nil)
	}
	getitem, _ := o.Attr("__getitem__")
	length, _ := o.Attr("__len__")
	if getitem == nil || length == nil {
		return nil, py.Errorf("TypeError", "'%s' object is not reversible", py.TypeName(o))
	}
	n, err := starlark.Call(thread, length, nil, nil)
	if err != nil {
		return nil, err
	}
	i, err := starlark.AsInt32(n)
	if err != nil {
		return nil, err
	}
	return stdlib.NewIterator("reversed", func() (starlark.Value, bool, error) {
		if i <= 0 {
			return nil, false, nil
		}
		i--
		v, err := starlark.Call(thread, getitem, starlark.Tuple{starlark.MakeInt(i)}, nil)
		return v, err == nil, err
	}), nil
}
