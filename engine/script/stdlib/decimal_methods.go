package stdlib

import (
	"math/big"
	"strconv"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

func (d *Decimal) Attr(name string) (starlark.Value, error) {
	if m, ok := decimalMethods[name]; ok {
		return m.BindReceiver(d), nil
	}
	return nil, nil
}

func (d *Decimal) AttrNames() []string {
	names := make([]string, 0, len(decimalMethods))
	for name := range decimalMethods {
		names = append(names, name)
	}
	return names
}

var decimalMethods = map[string]*starlark.Builtin{
	"quantize":          builtin("quantize", decimal_quantize),
	"normalize":         builtin("normalize", decimal_normalize),
	"to_integral_value": builtin("to_integral_value", decimal_to_integral_value),
	"is_nan": builtin("is_nan", func(thread *starlark.Thread, b *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return starlark.Bool(b.Receiver().(*Decimal).special == "NaN"), nil
	}),
	"is_zero": builtin("is_zero", func(thread *starlark.Thread, b *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return !b.Receiver().(*Decimal).Truth(), nil
	}),
	"copy_abs": builtin("copy_abs", func(thread *starlark.Thread, b *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		d := *b.Receiver().(*Decimal)
		d.neg = false
		return &d, nil
	}),
}

// roundingArg reads a rounding mode, the context's when None.
func roundingArg(v starlark.Value) (string, error) {
	if v == starlark.None {
		return roundHalfEven, nil
	}
	s, ok := v.(starlark.String)
	if !ok {
		return "", py.Errorf("TypeError", "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
	}
	return string(s), nil
}

// decimal_quantize rounds to the exponent of exp, refusing a result of
// more than 28 digits.
func decimal_quantize(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var expV, rounding, ctx starlark.Value = nil, starlark.None, starlark.None
	if err := starlark.UnpackArgs("quantize", args, kwargs, "exp", &expV, "rounding?", &rounding, "context?", &ctx); err != nil {
		return nil, err
	}
	exp, ok := toDecimal(expV)
	if !ok {
		return nil, py.Errorf("TypeError", "conversion from %s to Decimal is not supported", py.TypeName(expV))
	}
	mode, err := roundingArg(rounding)
	if err != nil {
		return nil, err
	}
	d := b.Receiver().(*Decimal)
	if d.special != "" || exp.special != "" {
		return nil, invalid("InvalidOperation")
	}
	if d.tooLong(exp.exp) {
		return nil, invalid("InvalidOperation")
	}
	out := d.rescale(exp.exp, mode)
	if digitCount(out.coef) > precision {
		return nil, invalid("InvalidOperation")
	}
	return out, nil
}

// decimal_normalize strips trailing zeros: 1.500 is 1.5, 100 is 1E+2.
func decimal_normalize(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return b.Receiver().(*Decimal).fix().reduced(), nil
}

func decimal_to_integral_value(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var rounding, ctx starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs("to_integral_value", args, kwargs, "rounding?", &rounding, "context?", &ctx); err != nil {
		return nil, err
	}
	mode, err := roundingArg(rounding)
	if err != nil {
		return nil, err
	}
	d := b.Receiver().(*Decimal)
	if d.special != "" || d.exp >= 0 {
		return d, nil
	}
	return d.rescale(0, mode), nil
}

// PyRound is round(d) (an int, half to even) or round(d, n) (a Decimal
// quantized to n places).
func (d *Decimal) PyRound(ndigits starlark.Value) (starlark.Value, error) {
	if ndigits == starlark.None {
		if d.special != "" {
			return nil, py.Errorf("ValueError", "cannot round a NaN or an infinity")
		}
		return d.rescale(0, roundHalfEven).PyInt()
	}
	n, err := starlark.AsInt32(ndigits)
	if err != nil {
		return nil, py.Errorf("TypeError", "'%s' object cannot be interpreted as an integer", py.TypeName(ndigits))
	}
	if d.special != "" {
		return d, nil
	}
	if d.tooLong(-int(n)) {
		return nil, invalid("InvalidOperation")
	}
	out := d.rescale(-n, roundHalfEven)
	if digitCount(out.coef) > precision {
		return nil, invalid("InvalidOperation")
	}
	return out, nil
}

// PyFormat is format(d, spec): exact digits, rounded half to even.
func (d *Decimal) PyFormat(spec string) (string, error) {
	return py.FormatExact(spec, d.neg, "decimal.Decimal", func(typ byte, prec int) (string, error) {
		mag := &Decimal{coef: d.coef, exp: d.exp, special: d.special}
		if d.special != "" {
			if typ == '%' {
				return d.special + "%", nil
			}
			return d.special, nil
		}
		switch typ {
		case 'f', 'F':
			return mag.fixedText(prec), nil
		case '%':
			mag.exp += 2
			return mag.fixedText(prec) + "%", nil
		case 'e', 'E':
			return mag.sciText(prec, typ), nil
		case 0, 'g', 'G':
			if prec >= 0 {
				mag = mag.rescale(mag.exp+max(0, digitCount(mag.coef)-max(prec, 1)), roundHalfEven)
			}
			return mag.PyStr(), nil
		}
		return "", py.Errorf("ValueError", "Invalid format specifier '%s' for object of type 'decimal.Decimal'", spec)
	})
}

// fixedText is the magnitude in plain notation, to prec places (or its
// own).
func (d *Decimal) fixedText(prec int) string {
	if prec > maxScale || d.exp > maxScale || -d.exp > maxScale {
		return d.PyStr()
	}
	if prec >= 0 {
		d = d.rescale(-prec, roundHalfEven)
	}
	if d.exp > 0 {
		return new(big.Int).Mul(d.coef, pow10(d.exp)).String()
	}
	return pointAt(d.coef.String(), -d.exp)
}

// sciText is the magnitude as d.ddde+N with prec digits after the point.
func (d *Decimal) sciText(prec int, typ byte) string {
	if prec > maxScale {
		prec = -1
	}
	n := digitCount(d.coef)
	if prec >= 0 {
		d = d.rescale(d.exp+n-(prec+1), roundHalfEven)
		n = digitCount(d.coef)
	}
	digits := d.coef.String()
	adjusted := d.exp + n - 1
	s := digits[:1]
	if len(digits) > 1 {
		s += "." + digits[1:]
	}
	e := strconv.Itoa(adjusted)
	if adjusted >= 0 {
		e = "+" + e
	}
	return s + string(typ) + e
}
