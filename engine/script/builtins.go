package script

import (
	"math/bits"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
	"ormlab/engine/py"
)

// builtins are the Python builtins the runtime adds to Starlark's, or
// replaces because Starlark's differ from CPython's (print, str and repr
// print values as CPython does).
// See https://docs.python.org/3/library/functions.html.
var builtins = starlark.StringDict{
	"print":  starlark.NewBuiltin("print", builtin_print),
	"str":    starlark.NewBuiltin("str", builtin_str),
	"repr":   starlark.NewBuiltin("repr", builtin_repr),
	"format": starlark.NewBuiltin("format", builtin_format),
	"sum":    starlark.NewBuiltin("sum", builtin_sum),
	"round":  starlark.NewBuiltin("round", builtin_round),
	"abs":    starlark.NewBuiltin("abs", builtin_abs),
	"pow":    starlark.NewBuiltin("pow", builtin_pow),
	"divmod": starlark.NewBuiltin("divmod", builtin_divmod),
	"float":  starlark.NewBuiltin("float", builtin_float),
	"int":    starlark.NewBuiltin("int", builtin_int),
	"type":   starlark.NewBuiltin("type", builtin_type),
}

func init() {
	// Starlark's strings are not iterable; Python's iterate by character.
	for _, name := range []string{"list", "tuple", "set", "reversed", "enumerate", "any", "all"} {
		builtins[name] = iterating(name, false)
	}
	builtins["zip"] = iterating("zip", true)
	builtins["min"] = iterating("min", false)
	builtins["max"] = iterating("max", false)
	builtins["sorted"] = starlark.NewBuiltin("sorted", builtin_sorted)
	builtins["map"] = starlark.NewBuiltin("map", builtin_map)
	builtins["filter"] = starlark.NewBuiltin("filter", builtin_filter)
}

// iterating wraps Starlark's builtin of that name so that a string in its
// first argument (in every argument with all) iterates by character. min
// and max convert their argument only when it is the only one.
func iterating(name string, all bool) *starlark.Builtin {
	inner := starlark.Universe[name]
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if (name == "min" || name == "max") && len(args) != 1 {
			return starlark.Call(thread, inner, args, kwargs)
		}
		conv := append(starlark.Tuple(nil), args...)
		for i := range conv {
			if i == 0 || all {
				var err error
				if conv[i], err = meter(thread, chars(conv[i]), itemCost(name)); err != nil {
					return nil, err
				}
			}
		}
		res, err := starlark.Call(thread, inner, conv, kwargs)
		if stop := failed(thread); stop != nil {
			return nil, stop
		}
		if iterErr := takeIterError(thread); iterErr != nil {
			return nil, iterErr
		}
		return res, err
	})
}

// builtin_print writes its arguments' str() into the run's output.
func builtin_print(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sep, end, flush starlark.Value = starlark.None, starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), nil, kwargs, "sep?", &sep, "end?", &end, "flush?", &flush); err != nil {
		return nil, err
	}
	sepText, err := textOrDefault("sep", sep, " ")
	if err != nil {
		return nil, err
	}
	endText, err := textOrDefault("end", end, "\n")
	if err != nil {
		return nil, err
	}
	var line strings.Builder
	for i, a := range args {
		if err := checkText(thread, a); err != nil {
			return nil, err
		}
		if i > 0 {
			line.WriteString(sepText)
		}
		line.WriteString(py.Str(a))
	}
	if _, failed := thread.Local(failureKey).(*failure); failed {
		return starlark.None, nil // str() of an argument raised: Python prints nothing
	}
	line.WriteString(endText)
	if f, failed := thread.Local(failureKey).(*failure); failed {
		return nil, f.err // an argument's str() failed: print nothing
	}
	return starlark.None, outputOf(thread).write(line.String())
}

// textOrDefault reads print's sep or end: a string, or None for the
// default.
func textOrDefault(name string, v starlark.Value, def string) (string, error) {
	switch v := v.(type) {
	case starlark.NoneType:
		return def, nil
	case starlark.String:
		return string(v), nil
	}
	return "", py.Errorf("TypeError", "%s must be None or a string, not %s", name, py.TypeName(v))
}

func builtin_str(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value = starlark.String("")
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &v); err != nil {
		return nil, err
	}
	if err := checkText(thread, v); err != nil {
		return nil, err
	}
	return starlark.String(py.Str(v)), nil
}

func builtin_repr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	if err := checkText(thread, v); err != nil {
		return nil, err
	}
	return starlark.String(py.Repr(v)), nil
}

func builtin_format(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	var spec string
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "value", &v, "format_spec?", &spec); err != nil {
		return nil, err
	}
	s, err := py.Format(v, spec)
	return starlark.String(s), err
}

// builtin_sorted is Starlark's sorted, with the items gathered first as
// list() gathers them (within the run's steps), then the sort charged
// before it runs, since Starlark's sort cannot be stopped once started.
func builtin_sorted(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return starlark.Call(thread, starlark.Universe["sorted"], args, kwargs)
	}
	items, err := starlark.Call(thread, builtins["list"], args, nil)
	if err != nil {
		return nil, err
	}
	if err := chargeSort(thread, items.(*starlark.List).Len()); err != nil {
		return nil, err
	}
	return starlark.Call(thread, starlark.Universe["sorted"], starlark.Tuple{items}, kwargs)
}

// chargeSort charges the comparisons of sorting n items, n·log2(n).
func chargeSort(thread *starlark.Thread, n int) error {
	return charge(thread, uint64(n)*uint64(bits.Len(uint(n))))
}

// builtin_sum adds with the + operator, so that timedeltas and floats
// sum as they do in Python.
func builtin_sum(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Iterable
	var acc starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "iterable", &iterable, "start?", &acc); err != nil {
		return nil, err
	}
	if _, ok := acc.(starlark.String); ok {
		return nil, py.Errorf("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
	}
	iter := iterable.Iterate()
	defer iter.Done()
	lim := limiterOf(thread)
	var x starlark.Value
	for iter.Next(&x) {
		if err := lim.charge(thread, 1); err != nil {
			return nil, err
		}
		var err error
		if acc, err = starlark.Binary(syntax.PLUS, acc, x); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func builtin_divmod(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &x, &y); err != nil {
		return nil, err
	}
	q, err := starlark.Binary(syntax.SLASHSLASH, x, y)
	if err != nil {
		return nil, err
	}
	r, err := starlark.Binary(syntax.PERCENT, x, y)
	return starlark.Tuple{q, r}, err
}

// builtin_map returns a list where Python returns an iterator; printing
// it therefore shows the values.
func builtin_map(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 || len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "map() must have at least two arguments.")
	}
	rows, err := starlark.Call(thread, builtins["zip"], args[1:], nil)
	if err != nil {
		return nil, err
	}
	var out []starlark.Value
	for _, row := range listValues(rows) {
		v, err := starlark.Call(thread, args[0], row.(starlark.Tuple), nil)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return starlark.NewList(out), nil
}

// builtin_filter returns a list of the items for which fn (or, when fn
// is None, the item itself) is true.
func builtin_filter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn, seq starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &fn, &seq); err != nil {
		return nil, err
	}
	items, err := starlark.Call(thread, builtins["list"], starlark.Tuple{seq}, nil)
	if err != nil {
		return nil, err
	}
	var out []starlark.Value
	for _, x := range listValues(items) {
		keep := x
		if fn != starlark.None {
			if keep, err = starlark.Call(thread, fn, starlark.Tuple{x}, nil); err != nil {
				return nil, err
			}
		}
		if keep.Truth() {
			out = append(out, x)
		}
	}
	return starlark.NewList(out), nil
}

func listValues(v starlark.Value) []starlark.Value {
	l, ok := v.(*starlark.List)
	if !ok {
		return nil
	}
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}
