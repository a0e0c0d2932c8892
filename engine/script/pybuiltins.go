package script

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
	"ormlab/engine/script/interp"
	"ormlab/engine/script/stdlib"
)

// pythonBuiltins are the builtins the Python front end gives in place of
// the rewriter's: lazy enumerate, zip, map, filter and reversed, and min,
// max, sorted and sum with every keyword CPython 3.11 takes and its
// messages.
// See https://docs.python.org/3/library/functions.html.
var pythonBuiltins = starlark.StringDict{
	"enumerate": starlark.NewBuiltin("enumerate", builtin_enumerate),
	"zip":       starlark.NewBuiltin("zip", builtin_zip),
	"map":       starlark.NewBuiltin("map", builtin_lazy_map),
	"filter":    starlark.NewBuiltin("filter", builtin_lazy_filter),
	"reversed":  starlark.NewBuiltin("reversed", builtin_reversed),
	"min":       starlark.NewBuiltin("min", extremum(syntax.LT)),
	"max":       starlark.NewBuiltin("max", extremum(syntax.GT)),
	"sorted":    starlark.NewBuiltin("sorted", builtin_py_sorted),
	"sum":       starlark.NewBuiltin("sum", builtin_py_sum),
	"len":       starlark.NewBuiltin("len", builtin_len),
	"ord":       starlark.NewBuiltin("ord", builtin_ord),
	"chr":       starlark.NewBuiltin("chr", builtin_chr),
	"bin":       starlark.NewBuiltin("bin", radix("bin", 2, "0b")),
	"oct":       starlark.NewBuiltin("oct", radix("oct", 8, "0o")),
	"hex":       starlark.NewBuiltin("hex", radix("hex", 16, "0x")),
	"divmod":    starlark.NewBuiltin("divmod", builtin_py_divmod),
	"type":      starlark.NewBuiltin("type", builtin_py_type),
	"frozenset": starlark.NewBuiltin("frozenset", builtin_frozenset),
	"hash":      starlark.NewBuiltin("hash", builtin_hash),
	"dict": withAttrs{starlark.Universe["dict"].(*starlark.Builtin), starlark.StringDict{
		"fromkeys": starlark.NewBuiltin("fromkeys", dict_fromkeys),
	}},
	"str": withAttrs{starlark.NewBuiltin("str", builtin_str), starlark.StringDict{
		"maketrans": starlark.NewBuiltin("maketrans", str_maketrans),
	}},
}

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

func builtin_lazy_map(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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

func builtin_lazy_filter(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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
	switch x := seq.(type) {
	case *interp.Object:
		return reversedObject(thread, x)
	case starlark.String:
		items = py.Chars(x)
	case *starlark.Dict:
		items = starlark.Tuple(x.Keys())
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

func builtin_py_sum(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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

func builtin_ord(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "ord() takes exactly one argument (%d given)", len(args))
	}
	s, ok := args[0].(starlark.String)
	if !ok {
		return nil, py.Errorf("TypeError", "ord() expected string of length 1, but %s found", py.TypeName(args[0]))
	}
	r := []rune(string(s))
	if len(r) != 1 {
		return nil, py.Errorf("TypeError", "ord() expected a character, but string of length %d found", len(r))
	}
	return starlark.MakeInt(int(r[0])), nil
}

func builtin_chr(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "chr() takes exactly one argument (%d given)", len(args))
	}
	n, ok := args[0].(starlark.Int)
	if !ok {
		return nil, py.Errorf("TypeError", "'%s' object cannot be interpreted as an integer", py.TypeName(args[0]))
	}
	i, exact := n.Int64()
	if !exact || i < 0 || i >= 0x110000 {
		return nil, py.Errorf("ValueError", "chr() arg not in range(0x110000)")
	}
	return starlark.String(string(rune(i))), nil
}

// radix makes bin, oct and hex: the int in that base with its prefix.
func radix(name string, base int, prefix string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, py.Errorf("TypeError", "%s() takes exactly one argument (%d given)", name, len(args))
		}
		var n starlark.Int
		switch x := args[0].(type) {
		case starlark.Int:
			n = x
		case starlark.Bool:
			n = starlark.MakeInt64(b2i(x))
		default:
			return nil, py.Errorf("TypeError", "'%s' object cannot be interpreted as an integer", py.TypeName(args[0]))
		}
		digits := n.BigInt().Text(base)
		if neg := strings.HasPrefix(digits, "-"); neg {
			return starlark.String("-" + prefix + digits[1:]), nil
		}
		return starlark.String(prefix + digits), nil
	}
}

func builtin_py_divmod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "divmod() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.Errorf("TypeError", "divmod expected 2 arguments, got %d", len(args))
	}
	if !divisible(args[0]) || !divisible(args[1]) {
		return nil, py.Errorf("TypeError", "unsupported operand type(s) for divmod(): '%s' and '%s'", py.TypeName(args[0]), py.TypeName(args[1]))
	}
	return builtin_divmod(thread, b, args, nil)
}

// divisible reports whether v can take part in divmod: a number, or a
// value with its own operators (a Decimal, a script's instance).
func divisible(v starlark.Value) bool {
	switch v.(type) {
	case starlark.Int, starlark.Float, starlark.Bool, starlark.HasBinary:
		return true
	}
	return false
}

// builtin_py_type is type(x) for the values the interpreter leaves to
// the runtime: the stdlib's (a namedtuple record's type, Decimal), else
// the rewriter's type values (dates, model instances).
func builtin_py_type(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		if t, ok := stdlib.TypeOf(args[0]); ok {
			return t, nil
		}
	}
	return builtin_type(thread, b, args, kwargs)
}

// withAttrs is a builtin that makes a built-in type's values and also
// has the type's class methods, which the interpreter's type value
// (dict, str) offers as its attributes: dict.fromkeys, str.maketrans.
type withAttrs struct {
	*starlark.Builtin
	attrs starlark.StringDict
}

func (w withAttrs) Attr(name string) (starlark.Value, error) { return w.attrs[name], nil }
func (w withAttrs) AttrNames() []string                      { return w.attrs.Keys() }

// hashModulus is CPython's modulus for numeric hashes, 2**61 - 1.
var hashModulus = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 61), big.NewInt(1))

// builtin_hash is hash(x): CPython's value for ints, bools, integral
// floats and Decimals (so that equal numbers hash alike, as in Python);
// other values hash as the lab's dicts hash them, which CPython's
// per-run string hashing makes unpredictable anyway.
func builtin_hash(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "hash() takes exactly one argument (%d given)", len(args))
	}
	if n, ok := integral(args[0]); ok {
		return intHash(n), nil
	}
	h, err := args[0].Hash()
	if err != nil {
		return nil, py.Errorf("TypeError", "unhashable type: '%s'", py.TypeName(args[0]))
	}
	return starlark.MakeUint(uint(h)), nil
}

// integral is a number whose value is a whole number, as an int.
func integral(v starlark.Value) (*big.Int, bool) {
	switch x := v.(type) {
	case starlark.Int:
		return x.BigInt(), true
	case starlark.Bool:
		return big.NewInt(b2i(x)), true
	case starlark.Float:
		f := float64(x)
		if f == math.Trunc(f) && !math.IsInf(f, 0) {
			n, _ := new(big.Float).SetFloat64(f).Int(nil)
			return n, true
		}
	case interface {
		PyInt() (starlark.Value, error)
	}:
		if d, ok := x.(interface{ PyFloat() float64 }); ok && d.PyFloat() == math.Trunc(d.PyFloat()) {
			if i, err := x.PyInt(); err == nil {
				return i.(starlark.Int).BigInt(), true
			}
		}
	}
	return nil, false
}

// intHash is CPython's hash of an int: its value modulo 2**61 - 1, with
// the sign, and -1 (an error code in C) made -2.
func intHash(n *big.Int) starlark.Value {
	r := new(big.Int).Rem(new(big.Int).Abs(n), hashModulus)
	if n.Sign() < 0 {
		r.Neg(r)
	}
	if r.Cmp(big.NewInt(-1)) == 0 {
		r.SetInt64(-2)
	}
	return starlark.MakeBigInt(r)
}
