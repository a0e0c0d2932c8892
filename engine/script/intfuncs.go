package script

import (
	"math"
	"math/big"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

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

func builtin_divmod(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "divmod() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.Errorf("TypeError", "divmod expected 2 arguments, got %d", len(args))
	}
	if !divisible(args[0]) || !divisible(args[1]) {
		return nil, py.Errorf("TypeError", "unsupported operand type(s) for divmod(): '%s' and '%s'", py.TypeName(args[0]), py.TypeName(args[1]))
	}
	return numberDivmod(thread, b, args, nil)
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
