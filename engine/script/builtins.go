package script

import (
	"math/bits"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
	"ormlab/engine/py"
)

// builtins are the Python builtins the runtime adds to Starlark's, or
// replaces because Starlark's differ from CPython's: print, str and repr
// print values as CPython does; enumerate, zip, map, filter and reversed
// are lazy; min, max, sorted and sum take every keyword CPython 3.11
// takes; all raise CPython's errors.
// See https://docs.python.org/3/library/functions.html.
var builtins = starlark.StringDict{
	"print":     starlark.NewBuiltin("print", builtin_print),
	"repr":      starlark.NewBuiltin("repr", builtin_repr),
	"format":    starlark.NewBuiltin("format", builtin_format),
	"round":     starlark.NewBuiltin("round", builtin_round),
	"abs":       starlark.NewBuiltin("abs", builtin_abs),
	"pow":       starlark.NewBuiltin("pow", builtin_pow),
	"float":     starlark.NewBuiltin("float", builtin_float),
	"int":       starlark.NewBuiltin("int", builtin_int),
	"enumerate": starlark.NewBuiltin("enumerate", builtin_enumerate),
	"zip":       starlark.NewBuiltin("zip", builtin_zip),
	"map":       starlark.NewBuiltin("map", builtin_map),
	"filter":    starlark.NewBuiltin("filter", builtin_filter),
	"reversed":  starlark.NewBuiltin("reversed", builtin_reversed),
	"min":       starlark.NewBuiltin("min", extremum(syntax.LT)),
	"max":       starlark.NewBuiltin("max", extremum(syntax.GT)),
	"sorted":    starlark.NewBuiltin("sorted", builtin_sorted),
	"sum":       starlark.NewBuiltin("sum", builtin_sum),
	"len":       starlark.NewBuiltin("len", builtin_len),
	"ord":       starlark.NewBuiltin("ord", builtin_ord),
	"chr":       starlark.NewBuiltin("chr", builtin_chr),
	"bin":       starlark.NewBuiltin("bin", radix("bin", 2, "0b")),
	"oct":       starlark.NewBuiltin("oct", radix("oct", 8, "0o")),
	"hex":       starlark.NewBuiltin("hex", radix("hex", 16, "0x")),
	"divmod":    starlark.NewBuiltin("divmod", builtin_divmod),
	"type":      starlark.NewBuiltin("type", builtin_type),
	"frozenset": starlark.NewBuiltin("frozenset", builtin_frozenset),
	"hash":      starlark.NewBuiltin("hash", builtin_hash),
	"dict": withAttrs{starlark.Universe["dict"].(*starlark.Builtin), starlark.StringDict{
		"fromkeys": starlark.NewBuiltin("fromkeys", dict_fromkeys),
	}},
	"str": withAttrs{starlark.NewBuiltin("str", builtin_str), starlark.StringDict{
		"maketrans": starlark.NewBuiltin("maketrans", str_maketrans),
	}},
}

func init() {
	// Starlark's strings are not iterable; Python's iterate by character.
	for _, name := range []string{"list", "tuple", "set", "any", "all"} {
		builtins[name] = iterating(name)
	}
}

// iterating wraps Starlark's builtin of that name so that a string in its
// first argument iterates by character, each item taken is charged, and
// an error the iteration stopped on is raised.
func iterating(name string) *starlark.Builtin {
	inner := starlark.Universe[name]
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		conv := append(starlark.Tuple(nil), args...)
		if len(conv) > 0 {
			var err error
			if conv[0], err = meter(thread, chars(conv[0]), itemCost(name)); err != nil {
				return nil, err
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

// chargeSort charges the comparisons of sorting n items, n·log2(n).
func chargeSort(thread *starlark.Thread, n int) error {
	return charge(thread, uint64(n)*uint64(bits.Len(uint(n))))
}

func numberDivmod(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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

// builtin_len is len() for the values the interpreter leaves to the runtime.
func builtin_len(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "len() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.Errorf("TypeError", "len() takes exactly one argument (%d given)", len(args))
	}
	if s, ok := args[0].(starlark.String); ok {
		return starlark.MakeInt(len([]rune(string(s)))), nil
	}
	return starlark.Call(thread, starlark.Universe["len"], args, nil)
}
