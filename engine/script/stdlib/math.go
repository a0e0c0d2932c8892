package stdlib

import (
	"math"
	"math/big"
	"sync"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// mathNames are the math module's constants and functions.
// See https://docs.python.org/3/library/math.html.
var mathNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"pi": starlark.Float(math.Pi), "e": starlark.Float(math.E), "tau": starlark.Float(2 * math.Pi),
		"inf": starlark.Float(math.Inf(1)), "nan": starlark.Float(math.NaN()),
		"sqrt": unary("sqrt", domain(math.Sqrt, func(x float64) bool { return x >= 0 })),
		"exp":  unary("exp", math.Exp),
		"log2": unary("log2", domain(math.Log2, positive)), "log10": unary("log10", domain(log10, positive)),
		"fabs": unary("fabs", math.Abs),
		"sin":  unary("sin", math.Sin), "cos": unary("cos", math.Cos), "tan": unary("tan", math.Tan),
		"asin": unary("asin", domain(math.Asin, unit)), "acos": unary("acos", domain(math.Acos, unit)),
		"atan":    unary("atan", math.Atan),
		"degrees": unary("degrees", func(x float64) float64 { return x * (180 / math.Pi) }),
		"radians": unary("radians", func(x float64) float64 { return x * (math.Pi / 180) }),
		"floor":   rounding("floor", math.Floor), "ceil": rounding("ceil", math.Ceil), "trunc": rounding("trunc", math.Trunc),
		"isnan":     predicate("isnan", math.IsNaN),
		"isinf":     predicate("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
		"log":       builtin("log", math_log),
		"pow":       binary("pow", math_pow),
		"atan2":     binary("atan2", func(y, x float64) (float64, error) { return math.Atan2(y, x), nil }),
		"fmod":      binary("fmod", math_fmod),
		"hypot":     builtin("hypot", math_hypot),
		"dist":      builtin("dist", math_dist),
		"isclose":   builtin("isclose", math_isclose),
		"isfinite":  predicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
		"fsum":      builtin("fsum", math_fsum),
		"prod":      builtin("prod", math_prod),
		"gcd":       builtin("gcd", math_gcd),
		"lcm":       builtin("lcm", math_lcm),
		"factorial": builtin("factorial", math_factorial),
		"comb":      builtin("comb", math_comb),
		"perm":      builtin("perm", math_perm),
		"isqrt":     builtin("isqrt", math_isqrt),
		"copysign":  binary("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }),
	}
})

func positive(x float64) bool { return x > 0 || math.IsNaN(x) }

func unit(x float64) bool { return (x >= -1 && x <= 1) || math.IsNaN(x) }

// log10 is exact for powers of ten, as C's is and Go's is not.
func log10(x float64) float64 {
	r := math.Round(math.Log10(x))
	if math.Abs(r) < 300 && math.Pow(10, r) == x {
		return r
	}
	return math.Log(x) / math.Ln10
}

// domain wraps fn so that an argument outside its domain is math's
// ValueError rather than a NaN.
func domain(fn func(float64) float64, ok func(float64) bool) func(float64) float64 {
	return func(x float64) float64 {
		if !ok(x) {
			return math.NaN()
		}
		return fn(x)
	}
}

var errDomain = py.Errorf("ValueError", "math domain error")

var errRange = py.Errorf("OverflowError", "math range error")

// toFloat is a real number argument as math takes it.
func toFloat(v starlark.Value) (float64, error) {
	switch v := v.(type) {
	case starlark.Float:
		return float64(v), nil
	case starlark.Int:
		f, _ := starlark.AsFloat(v)
		if math.IsInf(f, 0) {
			return 0, py.Errorf("OverflowError", "int too large to convert to float")
		}
		return f, nil
	case starlark.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *Decimal:
		return v.PyFloat(), nil
	}
	return 0, py.Errorf("TypeError", "must be real number, not %s", py.TypeName(v))
}

// toInt is an integer argument, as math's integer functions take it.
func toInt(v starlark.Value) (*big.Int, error) {
	switch v := v.(type) {
	case starlark.Int:
		return v.BigInt(), nil
	case starlark.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	}
	return nil, py.Errorf("TypeError", "'%s' object cannot be interpreted as an integer", py.TypeName(v))
}

// floatResult checks a float result: NaN from a non-NaN argument is a
// domain error, infinity from a finite one an overflow.
func floatResult(in, out float64) (starlark.Value, error) {
	if math.IsNaN(out) && !math.IsNaN(in) {
		return nil, errDomain
	}
	if math.IsInf(out, 0) && !math.IsInf(in, 0) {
		return nil, errRange
	}
	return starlark.Float(out), nil
}

func oneArg(name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "math.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, py.Errorf("TypeError", "math.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return args[0], nil
}

func unary(name string, fn func(float64) float64) *starlark.Builtin {
	return builtin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		a, err := oneArg(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		return floatResult(x, fn(x))
	})
}

func predicate(name string, fn func(float64) bool) *starlark.Builtin {
	return builtin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		a, err := oneArg(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		return starlark.Bool(fn(x)), nil
	})
}

// rounding is floor, ceil or trunc: an int, exact for ints.
func rounding(name string, fn func(float64) float64) *starlark.Builtin {
	return builtin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		a, err := oneArg(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		if i, ok := a.(starlark.Int); ok {
			return i, nil
		}
		if d, ok := a.(*Decimal); ok && d.special == "" {
			return d.rescale(0, decimalRounding[name]).PyInt()
		}
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		return floatToInt(fn(x))
	})
}

// decimalRounding is how floor, ceil and trunc round a Decimal, exactly.
var decimalRounding = map[string]string{"floor": roundFloor, "ceil": roundCeiling, "trunc": roundDown}

// floatToInt is int(x) for an integral float.
func floatToInt(x float64) (starlark.Value, error) {
	if math.IsNaN(x) {
		return nil, py.Errorf("ValueError", "cannot convert float NaN to integer")
	}
	if math.IsInf(x, 0) {
		return nil, py.Errorf("OverflowError", "cannot convert float infinity to integer")
	}
	return starlark.NumberToInt(starlark.Float(x))
}

func binary(name string, fn func(x, y float64) (float64, error)) *starlark.Builtin {
	return builtin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(kwargs) > 0 || len(args) != 2 {
			return nil, py.Errorf("TypeError", "%s expected 2 arguments, got %d", name, len(args)+len(kwargs))
		}
		x, err := toFloat(args[0])
		if err != nil {
			return nil, err
		}
		y, err := toFloat(args[1])
		if err != nil {
			return nil, err
		}
		r, err := fn(x, y)
		if err != nil {
			return nil, err
		}
		return floatResult(x+y, r)
	})
}

func math_pow(x, y float64) (float64, error) {
	if x == 0 && y < 0 {
		return 0, errDomain
	}
	return math.Pow(x, y), nil
}

func math_fmod(x, y float64) (float64, error) {
	if y == 0 || math.IsInf(x, 0) {
		return 0, errDomain
	}
	return math.Mod(x, y), nil
}

// math_log is log(x[, base]) = ln(x)/ln(base), as CPython computes it.
func math_log(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, py.Errorf("TypeError", "log expected at least 1 argument, got %d", len(args))
	}
	ln := func(v starlark.Value) (float64, error) {
		x, err := toFloat(v)
		if err != nil {
			return 0, err
		}
		if !positive(x) {
			return 0, errDomain
		}
		return math.Log(x), nil
	}
	num, err := ln(args[0])
	if err != nil || len(args) == 1 {
		return starlark.Float(num), err
	}
	den, err := ln(args[1])
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.Errorf("ZeroDivisionError", "float division by zero")
	}
	return starlark.Float(num / den), nil
}

func math_hypot(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	sum := 0.0
	for _, a := range args {
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		sum += x * x
	}
	if len(args) == 2 {
		x, _ := toFloat(args[0])
		y, _ := toFloat(args[1])
		return starlark.Float(math.Hypot(x, y)), nil
	}
	return starlark.Float(math.Sqrt(sum)), nil
}

func math_isclose(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, bv starlark.Value
	var relTol, absTol starlark.Value = starlark.Float(1e-9), starlark.Float(0)
	if err := starlark.UnpackArgs("isclose", args, kwargs, "a", &a, "b", &bv, "rel_tol?", &relTol, "abs_tol?", &absTol); err != nil {
		return nil, err
	}
	vals := make([]float64, 4)
	for i, v := range []starlark.Value{a, bv, relTol, absTol} {
		f, err := toFloat(v)
		if err != nil {
			return nil, err
		}
		vals[i] = f
	}
	x, y, rel, abs := vals[0], vals[1], vals[2], vals[3]
	if rel < 0 || abs < 0 {
		return nil, py.Errorf("ValueError", "tolerances must be non-negative")
	}
	if x == y {
		return starlark.True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return starlark.False, nil
	}
	diff := math.Abs(y - x)
	return starlark.Bool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
}

// math_fsum adds exactly, keeping the partial sums' lost low-order bits
// (Shewchuk's method, as CPython does), so that fsum([0.1]*10) is 1.0.
func math_fsum(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "math.fsum() takes exactly one argument (%d given)", len(args))
	}
	items, err := elements(thread, args[0])
	if err != nil {
		return nil, err
	}
	var partials []float64
	for _, item := range items {
		x, err := toFloat(item)
		if err != nil {
			return nil, err
		}
		partials = addPartial(partials, x)
	}
	return starlark.Float(sumPartials(partials)), nil
}

func addPartial(partials []float64, x float64) []float64 {
	i := 0
	for _, y := range partials {
		if math.Abs(x) < math.Abs(y) {
			x, y = y, x
		}
		hi := x + y
		lo := y - (hi - x)
		if lo != 0 {
			partials[i] = lo
			i++
		}
		x = hi
	}
	return append(partials[:i], x)
}

// sumPartials rounds the exact sum of the partials once, correctly.
func sumPartials(p []float64) float64 {
	if len(p) == 0 {
		return 0
	}
	n := len(p) - 1
	hi := p[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

func math_prod(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	var start starlark.Value = starlark.MakeInt(1)
	if err := starlark.UnpackArgs("prod", args, kwargs, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	items, err := elements(thread, iterable)
	if err != nil {
		return nil, err
	}
	acc := start
	for _, x := range items {
		if acc, err = starlark.Binary(mulToken, acc, x); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

// math_dist is the Euclidean distance between two points.
func math_dist(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "dist expected 2 arguments, got %d", len(args))
	}
	p, err := elements(thread, args[0])
	if err != nil {
		return nil, err
	}
	q, err := elements(thread, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, py.Errorf("ValueError", "both points must have the same number of dimensions")
	}
	diffs := make(starlark.Tuple, len(p))
	for i := range p {
		a, err := toFloat(p[i])
		if err != nil {
			return nil, err
		}
		b, err := toFloat(q[i])
		if err != nil {
			return nil, err
		}
		diffs[i] = starlark.Float(a - b)
	}
	return math_hypot(nil, nil, diffs, nil)
}
