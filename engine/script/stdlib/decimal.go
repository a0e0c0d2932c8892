package stdlib

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// decimalNames are the decimal module's type, rounding modes and
// exceptions. The context is CPython's default: 28 significant digits,
// ROUND_HALF_EVEN.
// See https://docs.python.org/3/library/decimal.html.
var decimalNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"Decimal":          decimalType,
		"InvalidOperation": &errorClass{"decimal.InvalidOperation"},
		"DivisionByZero":   &errorClass{"decimal.DivisionByZero"},
		"ROUND_HALF_UP":    starlark.String(roundHalfUp),
		"ROUND_HALF_DOWN":  starlark.String(roundHalfDown),
		"ROUND_HALF_EVEN":  starlark.String(roundHalfEven),
		"ROUND_DOWN":       starlark.String(roundDown),
		"ROUND_UP":         starlark.String(roundUp),
		"ROUND_CEILING":    starlark.String(roundCeiling),
		"ROUND_FLOOR":      starlark.String(roundFloor),
	}
})

const (
	roundHalfUp   = "ROUND_HALF_UP"
	roundHalfDown = "ROUND_HALF_DOWN"
	roundHalfEven = "ROUND_HALF_EVEN"
	roundDown     = "ROUND_DOWN"
	roundUp       = "ROUND_UP"
	roundCeiling  = "ROUND_CEILING"
	roundFloor    = "ROUND_FLOOR"
	precision     = 28
)

// errorClass is an exception class of a module: except catches it by
// name, the interpreter making the class on first use.
type errorClass struct{ name string }

func (e *errorClass) ExceptionClassName() string { return e.name }
func (e *errorClass) String() string             { return "<class '" + e.name + "'>" }
func (e *errorClass) PyRepr() string             { return e.String() }
func (e *errorClass) Type() string               { return "type" }
func (e *errorClass) Freeze()                    {}
func (e *errorClass) Truth() starlark.Bool       { return true }
func (e *errorClass) Hash() (uint32, error)      { return starlark.String(e.name).Hash() }

// invalid is decimal's InvalidOperation for the named condition.
func invalid(condition string) error {
	return py.Errorf("decimal.InvalidOperation", "[<class 'decimal.%s'>]", condition)
}

// Decimal is a decimal.Decimal: (-1)**neg * coef * 10**exp, or an
// infinity or NaN.
type Decimal struct {
	neg     bool
	coef    *big.Int
	exp     int
	special string // "", "Infinity" or "NaN"
}

var decimalType = &callableWithAttrs{
	Builtin:  builtin("Decimal", decimal_Decimal),
	repr:     "<class 'decimal.Decimal'>",
	instance: func(v starlark.Value) bool { _, ok := v.(*Decimal); return ok },
}

func decimal_Decimal(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v, ctx starlark.Value = starlark.MakeInt(0), starlark.None
	if err := starlark.UnpackPositionalArgs("Decimal", args, kwargs, 0, &v, &ctx); err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case *Decimal:
		return x, nil
	case starlark.String:
		return parseDecimal(string(x))
	case starlark.Float:
		return floatDecimal(float64(x)), nil
	}
	if d, ok := toDecimal(v); ok {
		return d, nil
	}
	if _, ok := v.(starlark.Sequence); ok {
		return nil, py.Errorf("ValueError", "argument must be a sequence of length 3")
	}
	return nil, py.Errorf("TypeError", "conversion from %s to Decimal is not supported", py.TypeName(v))
}

// toDecimal is an operand as a Decimal: a Decimal, an int or a bool.
func toDecimal(v starlark.Value) (*Decimal, bool) {
	switch x := v.(type) {
	case *Decimal:
		return x, true
	case starlark.Int:
		n := x.BigInt()
		return &Decimal{neg: n.Sign() < 0, coef: n.Abs(n)}, true
	case starlark.Bool:
		return &Decimal{coef: big.NewInt(map[bool]int64{true: 1}[bool(x)])}, true
	}
	return nil, false
}

func parseDecimal(text string) (*Decimal, error) {
	s := strings.TrimSpace(strings.ReplaceAll(text, "_", ""))
	d := &Decimal{coef: new(big.Int)}
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		d.neg, s = s[0] == '-', s[1:]
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		d.special = "Infinity"
		return d, nil
	case "nan":
		d.special = "NaN"
		return d, nil
	}
	mant, expText, hasExp := strings.Cut(strings.ToLower(s), "e")
	whole, frac, _ := strings.Cut(mant, ".")
	digits := whole + frac
	if digits == "" || strings.Trim(digits, "0123456789") != "" || strings.Contains(frac, ".") {
		return nil, invalid("ConversionSyntax")
	}
	if hasExp {
		e, err := strconv.Atoi(expText)
		if err != nil {
			return nil, invalid("ConversionSyntax")
		}
		d.exp = e
	}
	d.exp -= len(frac)
	d.coef.SetString(digits, 10)
	return d, nil
}

// floatDecimal is the exact value of a binary float.
func floatDecimal(f float64) *Decimal {
	switch {
	case math.IsNaN(f):
		return &Decimal{coef: new(big.Int), special: "NaN"}
	case math.IsInf(f, 0):
		return &Decimal{neg: f < 0, coef: new(big.Int), special: "Infinity"}
	}
	r := new(big.Rat).SetFloat64(math.Abs(f))
	d := &Decimal{neg: math.Signbit(f), coef: new(big.Int).Set(r.Num())}
	// The denominator is a power of two, 2**k: n/2**k = n*5**k/10**k.
	k := r.Denom().BitLen() - 1
	d.coef.Mul(d.coef, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(k)), nil))
	d.exp = -k
	return d
}

func (d *Decimal) String() string       { return d.PyStr() }
func (d *Decimal) Type() string         { return "decimal.Decimal" }
func (d *Decimal) Freeze()              {}
func (d *Decimal) Truth() starlark.Bool { return d.special != "" || d.coef.Sign() != 0 }
func (d *Decimal) PyRepr() string       { return "Decimal('" + d.PyStr() + "')" }

// Hash equals the hash of the equal int, so that Decimal(2) and 2 are
// the same dict key.
func (d *Decimal) Hash() (uint32, error) {
	if d.special == "NaN" {
		return 0, py.Errorf("TypeError", "Cannot hash a signaling NaN value.")
	}
	n := d.reduced()
	if n.special == "" && n.exp >= 0 && n.exp <= maxScale {
		if i, ok := n.integer(); ok {
			return starlark.MakeBigInt(i).Hash()
		}
	}
	return starlark.String(n.PyStr()).Hash()
}

// PyStr is CPython's to-sci-string: plain notation unless the exponent
// is positive or the number is very small.
func (d *Decimal) PyStr() string {
	sign := ""
	if d.neg {
		sign = "-"
	}
	if d.special != "" {
		return sign + d.special
	}
	digits := d.coef.String()
	adjusted := d.exp + len(digits) - 1
	if d.exp <= 0 && adjusted >= -6 {
		return sign + pointAt(digits, -d.exp)
	}
	s := digits[:1]
	if len(digits) > 1 {
		s += "." + digits[1:]
	}
	e := strconv.Itoa(adjusted)
	if adjusted >= 0 {
		e = "+" + e
	}
	return sign + s + "E" + e
}

// pointAt places a decimal point before the last places digits.
func pointAt(digits string, places int) string {
	if places == 0 {
		return digits
	}
	if len(digits) <= places {
		digits = strings.Repeat("0", places-len(digits)+1) + digits
	}
	return digits[:len(digits)-places] + "." + digits[len(digits)-places:]
}

// rat is the exact value, for a finite Decimal.
func (d *Decimal) rat() (*big.Rat, bool) {
	if d.special != "" {
		return nil, false
	}
	r := new(big.Rat).SetInt(d.coef)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(d.exp))), nil)
	if d.exp >= 0 {
		r.Mul(r, new(big.Rat).SetInt(p))
	} else {
		r.Quo(r, new(big.Rat).SetInt(p))
	}
	if d.neg {
		r.Neg(r)
	}
	return r, true
}

// integer is the value as an int when it is whole.
func (d *Decimal) integer() (*big.Int, bool) {
	r, ok := d.rat()
	if !ok || !r.IsInt() {
		return nil, false
	}
	return new(big.Int).Set(r.Num()), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// PyFloat is float(d).
func (d *Decimal) PyFloat() float64 {
	switch d.special {
	case "NaN":
		return math.NaN()
	case "Infinity":
		return math.Inf(map[bool]int{true: -1, false: 1}[d.neg])
	}
	f, _ := strconv.ParseFloat(d.PyStr(), 64)
	return f
}

// PyInt is int(d): truncated toward zero.
func (d *Decimal) PyInt() (starlark.Value, error) {
	if d.special != "" {
		return nil, py.Errorf("ValueError", "cannot convert %s to integer", d.special)
	}
	if d.exp+digitCount(d.coef) > maxScale {
		return nil, py.Errorf("OverflowError", "ORM Lab converts Decimals of at most %d digits to int", maxScale)
	}
	q := d.rescale(0, roundDown)
	n := new(big.Int).Set(q.coef)
	if q.neg {
		n.Neg(n)
	}
	return starlark.MakeBigInt(n), nil
}
