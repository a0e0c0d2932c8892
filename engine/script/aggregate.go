package script

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

// extremum makes min (op <) and max (op >): the first item no other
// beats, by key if given, or default for an empty iterable.
func extremum(op syntax.Token) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var key, dflt starlark.Value = starlark.None, nil
		for _, kv := range kwargs {
			switch string(kv[0].(starlark.String)) {
			case "key":
				key = kv[1]
			case "default":
				dflt = kv[1]
			default:
				return nil, py.Errorf("TypeError", "%s() got an unexpected keyword argument '%s'", b.Name(), kv[0].(starlark.String))
			}
		}
		items, err := extremumItems(thread, b.Name(), args, dflt != nil)
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			if dflt != nil {
				return dflt, nil
			}
			return nil, py.Errorf("ValueError", "%s() arg is an empty sequence", b.Name())
		}
		return best(thread, op, items, key)
	}
}

func extremumItems(thread *starlark.Thread, name string, args starlark.Tuple, hasDefault bool) ([]starlark.Value, error) {
	switch {
	case len(args) == 0:
		return nil, py.Errorf("TypeError", "%s expected at least 1 argument, got 0", name)
	case len(args) > 1 && hasDefault:
		return nil, py.Errorf("TypeError", "Cannot specify a default for %s() with multiple positional arguments", name)
	case len(args) > 1:
		return args, nil
	}
	items, err := stdlib.Elements(thread, args[0])
	if err != nil {
		return nil, err
	}
	return items, charge(thread, uint64(len(items)))
}

func best(thread *starlark.Thread, op syntax.Token, items []starlark.Value, key starlark.Value) (starlark.Value, error) {
	keyOf := func(v starlark.Value) (starlark.Value, error) {
		if key == starlark.None {
			return v, nil
		}
		return starlark.Call(thread, key, starlark.Tuple{v}, nil)
	}
	winner := items[0]
	winnerKey, err := keyOf(winner)
	if err != nil {
		return nil, err
	}
	for _, v := range items[1:] {
		k, err := keyOf(v)
		if err != nil {
			return nil, err
		}
		beats, err := starlark.Compare(op, k, winnerKey)
		if err != nil {
			return nil, compareError(op, k, winnerKey, err)
		}
		if beats {
			winner, winnerKey = v, k
		}
	}
	return winner, nil
}

// compareError words Starlark's refusal to order two values as CPython
// does; any other error (one a __lt__ method raised) passes unchanged.
func compareError(op syntax.Token, x, y starlark.Value, err error) error {
	if !strings.HasSuffix(err.Error(), " not implemented") {
		return err
	}
	return py.Errorf("TypeError", "'%s' not supported between instances of '%s' and '%s'", op, py.TypeName(x), py.TypeName(y))
}

func builtin_sum(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	var acc starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs("sum", args, kwargs, "iterable", &iterable, "start?", &acc); err != nil {
		return nil, err
	}
	if _, ok := acc.(starlark.String); ok {
		return nil, py.Errorf("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
	}
	next, err := stdlib.Pull(thread, iterable)
	if err != nil {
		return nil, err
	}
	lim := limiterOf(thread)
	for {
		x, ok, err := next()
		if err != nil || !ok {
			return acc, err
		}
		if err := lim.charge(thread, 1); err != nil {
			return nil, err
		}
		if acc, err = sumStep(acc, x); err != nil {
			return nil, err
		}
	}
}

// sumStep is acc + x, True and False counting as 1 and 0.
func sumStep(acc, x starlark.Value) (starlark.Value, error) {
	if b, ok := x.(starlark.Bool); ok {
		x = starlark.MakeInt64(b2i(b))
	}
	if b, ok := acc.(starlark.Bool); ok {
		acc = starlark.MakeInt64(b2i(b))
	}
	return starlark.Binary(syntax.PLUS, acc, x)
}
