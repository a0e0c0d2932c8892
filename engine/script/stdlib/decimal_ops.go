package stdlib

import (
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

var (
	_ starlark.HasBinary  = (*Decimal)(nil)
	_ starlark.HasUnary   = (*Decimal)(nil)
	_ starlark.Comparable = (*Decimal)(nil)
	_ starlark.HasAttrs   = (*Decimal)(nil)
)

func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

func digitCount(n *big.Int) int {
	if n.Sign() == 0 {
		return 1
	}
	return len(n.String())
}

// roundCoef drops the last drop digits of coef, rounding by mode.
func roundCoef(coef *big.Int, drop int, neg bool, mode string) *big.Int {
	if drop <= 0 {
		return new(big.Int).Mul(coef, pow10(-drop))
	}
	unit := pow10(drop)
	q, r := new(big.Int).QuoRem(coef, unit, new(big.Int))
	if r.Sign() == 0 {
		return q
	}
	half := new(big.Int).Mul(r, big.NewInt(2)).Cmp(unit) // -1, 0 or 1 against one half
	up := false
	switch mode {
	case roundHalfEven:
		up = half > 0 || (half == 0 && q.Bit(0) == 1)
	case roundHalfUp:
		up = half >= 0
	case roundHalfDown:
		up = half > 0
	case roundUp:
		up = true
	case roundCeiling:
		up = !neg
	case roundFloor:
		up = neg
	}
	if up {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// maxScale bounds the powers of ten the lab multiplies by, so that an
// extreme exponent (Decimal("1e999999999")) cannot exhaust memory.
const maxScale = 100000

// rescale is d with exponent exp, its coefficient rounded by mode. When
// every digit is dropped, the result is 0 or, rounding away from zero, 1.
func (d *Decimal) rescale(exp int, mode string) *Decimal {
	drop := exp - d.exp
	if drop > digitCount(d.coef)+1 {
		up := d.coef.Sign() != 0 && (mode == roundUp || (mode == roundCeiling && !d.neg) || (mode == roundFloor && d.neg))
		return &Decimal{neg: d.neg, coef: big.NewInt(map[bool]int64{true: 1}[up]), exp: exp}
	}
	return &Decimal{neg: d.neg, coef: roundCoef(d.coef, drop, d.neg, mode), exp: exp}
}

// tooLong reports whether rescaling d to exp would need more digits than
// the context's 28, without building them.
func (d *Decimal) tooLong(exp int) bool {
	return d.coef.Sign() != 0 && d.exp-exp+digitCount(d.coef) > precision
}

// reduced is d without trailing zeros in its coefficient.
func (d *Decimal) reduced() *Decimal {
	if d.special != "" || d.coef.Sign() == 0 {
		return &Decimal{neg: d.neg, coef: new(big.Int), special: d.special}
	}
	coef, exp := new(big.Int).Set(d.coef), d.exp
	ten, r := big.NewInt(10), new(big.Int)
	for {
		q, m := new(big.Int).QuoRem(coef, ten, r)
		if m.Sign() != 0 {
			return &Decimal{neg: d.neg, coef: coef, exp: exp}
		}
		coef, exp = q, exp+1
	}
}

// adjusted is the exponent of d's leading digit.
func (d *Decimal) adjusted() int { return d.exp + digitCount(d.coef) - 1 }

// fix rounds d to the context's 28 significant digits.
func (d *Decimal) fix() *Decimal {
	if d.special != "" {
		return d
	}
	n := digitCount(d.coef)
	if n <= precision {
		return d
	}
	out := d.rescale(d.exp+n-precision, roundHalfEven)
	if digitCount(out.coef) > precision {
		out = out.rescale(out.exp+1, roundDown)
	}
	return out
}

func (d *Decimal) signed() *big.Int {
	n := new(big.Int).Set(d.coef)
	if d.neg {
		n.Neg(n)
	}
	return n
}

func fromSigned(n *big.Int, exp int, negZero bool) *Decimal {
	neg := n.Sign() < 0 || (n.Sign() == 0 && negZero)
	return &Decimal{neg: neg, coef: new(big.Int).Abs(n), exp: exp}
}

func nan() *Decimal { return &Decimal{coef: new(big.Int), special: "NaN"} }

// Binary is Decimal arithmetic with a Decimal or an int on either side;
// a float is a TypeError, as in CPython.
func (d *Decimal) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	other, ok := toDecimal(y)
	if !ok {
		return nil, nil
	}
	a, b := d, other
	if side == starlark.Right {
		a, b = other, d
	}
	if a.special == "NaN" || b.special == "NaN" {
		return nan(), nil
	}
	switch op {
	case syntax.PLUS:
		return add(a, b)
	case syntax.MINUS:
		return add(a, b.negate())
	case syntax.STAR:
		return mul(a, b)
	case syntax.SLASH:
		return quo(a, b)
	case syntax.SLASHSLASH:
		return intQuo(a, b)
	case syntax.PERCENT:
		return rem(a, b)
	case syntax.STARSTAR:
		return power(a, b)
	}
	return nil, nil
}

// power is a ** b for a whole exponent: the exact power rounded once (a
// negative one divides 1 by it).
func power(a, b *Decimal) (starlark.Value, error) {
	n, ok := b.integer()
	if !ok || a.special != "" {
		return nil, py.Errorf("NotImplementedError", "ORM Lab raises a Decimal only to a whole power")
	}
	if !n.IsInt64() || n.Int64() > 10000 || n.Int64() < -10000 {
		return nil, py.Errorf("OverflowError", "ORM Lab raises a Decimal to powers up to 10000")
	}
	k := n.Int64()
	if k == 0 {
		if a.coef.Sign() == 0 {
			return nil, invalid("InvalidOperation")
		}
		return &Decimal{coef: big.NewInt(1)}, nil
	}
	abs := k
	if abs < 0 {
		abs = -abs
	}
	p := &Decimal{neg: a.neg && abs%2 == 1, coef: new(big.Int).Exp(a.coef, big.NewInt(abs), nil), exp: a.exp * int(abs)}
	if k < 0 {
		return quo(&Decimal{coef: big.NewInt(1)}, p)
	}
	return p.fix(), nil
}

func (d *Decimal) negate() *Decimal {
	return &Decimal{neg: !d.neg, coef: d.coef, exp: d.exp, special: d.special}
}

func add(a, b *Decimal) (starlark.Value, error) {
	if a.special != "" || b.special != "" {
		if a.special != "" && b.special != "" && a.neg != b.neg {
			return nil, invalid("InvalidOperation")
		}
		if a.special != "" {
			return a, nil
		}
		return b, nil
	}
	if a.coef.Sign() == 0 || b.coef.Sign() == 0 {
		return addZero(a, b), nil
	}
	a, b = nearby(a, b)
	exp := min(a.exp, b.exp)
	x := new(big.Int).Mul(a.signed(), pow10(a.exp-exp))
	y := new(big.Int).Mul(b.signed(), pow10(b.exp-exp))
	return fromSigned(x.Add(x, y), exp, a.neg && b.neg).fix(), nil
}

// addZero is a + b when one is zero: the other at the smaller exponent,
// but no more than 29 places below its own.
func addZero(a, b *Decimal) *Decimal {
	if a.coef.Sign() == 0 && b.coef.Sign() == 0 {
		neg := a.neg && b.neg
		return &Decimal{neg: neg, coef: new(big.Int), exp: min(a.exp, b.exp)}
	}
	zero, x := a, b
	if b.coef.Sign() == 0 {
		zero, x = b, a
	}
	exp := max(min(zero.exp, x.exp), x.exp-precision-1)
	return x.rescale(exp, roundHalfEven).fix()
}

// nearby brings the operand far below the other up to just under the
// other's last place that rounding can see, keeping only its sign: it
// changes the rounded sum as the exact one would, without building a
// power of ten as long as the gap.
func nearby(a, b *Decimal) (*Decimal, *Decimal) {
	hi, lo := a, b
	if hi.exp < lo.exp {
		hi, lo = lo, hi
	}
	exp := hi.exp + min(-1, digitCount(hi.coef)-precision-2)
	if lo.adjusted() < exp {
		lo = &Decimal{neg: lo.neg, coef: big.NewInt(1), exp: exp}
	}
	if hi == a {
		return hi, lo
	}
	return lo, hi
}

func mul(a, b *Decimal) (starlark.Value, error) {
	neg := a.neg != b.neg
	if a.special != "" || b.special != "" {
		if !a.Truth() || !b.Truth() {
			return nil, invalid("InvalidOperation")
		}
		return &Decimal{neg: neg, coef: new(big.Int), special: "Infinity"}, nil
	}
	return (&Decimal{neg: neg, coef: new(big.Int).Mul(a.coef, b.coef), exp: a.exp + b.exp}).fix(), nil
}

func checkDivisor(a, b *Decimal) error {
	if a.special != "" || b.special != "" {
		return invalid("InvalidOperation")
	}
	if b.coef.Sign() == 0 {
		if a.coef.Sign() == 0 {
			return invalid("DivisionUndefined")
		}
		return py.Errorf("decimal.DivisionByZero", "[<class 'decimal.DivisionByZero'>]")
	}
	return nil
}

// quo is a / b to 28 digits, or exact at the exponent closest to the
// ideal one (a.exp - b.exp), as the General Decimal Arithmetic
// specification defines division.
func quo(a, b *Decimal) (starlark.Value, error) {
	if err := checkDivisor(a, b); err != nil {
		return nil, err
	}
	neg := a.neg != b.neg
	ideal := a.exp - b.exp
	if a.coef.Sign() == 0 {
		return &Decimal{neg: neg, coef: new(big.Int), exp: ideal}, nil
	}
	shift := digitCount(b.coef) - digitCount(a.coef) + precision + 1
	exp := ideal - shift
	num, den := new(big.Int).Set(a.coef), new(big.Int).Set(b.coef)
	if shift >= 0 {
		num.Mul(num, pow10(shift))
	} else {
		den.Mul(den, pow10(-shift))
	}
	q, r := num.QuoRem(num, den, new(big.Int))
	if r.Sign() != 0 {
		if new(big.Int).Mod(q, big.NewInt(5)).Sign() == 0 {
			q.Add(q, big.NewInt(1)) // a sticky digit, so that rounding sees the remainder
		}
	} else {
		ten := big.NewInt(10)
		for exp < ideal && new(big.Int).Mod(q, ten).Sign() == 0 {
			q.Quo(q, ten)
			exp++
		}
	}
	return (&Decimal{neg: neg, coef: q, exp: exp}).fix(), nil
}

// intQuo is a // b: the quotient truncated toward zero.
func intQuo(a, b *Decimal) (starlark.Value, error) {
	if err := checkDivisor(a, b); err != nil {
		return nil, err
	}
	if a.coef.Sign() == 0 || a.adjusted() < b.adjusted() {
		return &Decimal{neg: a.neg != b.neg, coef: new(big.Int)}, nil
	}
	if a.adjusted()-b.adjusted() > precision {
		return nil, invalid("DivisionImpossible")
	}
	ra, _ := a.rat()
	rb, _ := b.rat()
	r := new(big.Rat).Quo(ra, rb)
	q := new(big.Int).Quo(r.Num(), r.Denom())
	return fromSigned(q, 0, a.neg != b.neg), nil
}

// rem is a % b: a - b*(a//b), with a's sign.
func rem(a, b *Decimal) (starlark.Value, error) {
	q, err := intQuo(a, b)
	if err != nil {
		return nil, err
	}
	if q.(*Decimal).coef.Sign() == 0 {
		return a.fix(), nil
	}
	exp := min(a.exp, b.exp)
	x := new(big.Int).Mul(a.signed(), pow10(a.exp-exp))
	y := new(big.Int).Mul(b.signed(), pow10(b.exp-exp))
	y.Mul(y, q.(*Decimal).signed())
	return fromSigned(x.Sub(x, y), exp, a.neg).fix(), nil
}

// Unary is -d, +d (both rounded, a negative zero becoming zero) and ~d
// (refused).
func (d *Decimal) Unary(op syntax.Token) (starlark.Value, error) {
	out := d
	switch op {
	case syntax.MINUS:
		out = d.negate()
	case syntax.PLUS:
	default:
		return nil, nil
	}
	if out.special == "" && out.coef.Sign() == 0 {
		out = &Decimal{coef: out.coef, exp: out.exp}
	}
	return out.fix(), nil
}

// CompareSameType compares exact values; NaN is unequal to everything
// and cannot be ordered.
func (d *Decimal) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return d.compare(op, y.(*Decimal))
}

func (d *Decimal) compare(op syntax.Token, e *Decimal) (bool, error) {
	if d.special == "NaN" || e.special == "NaN" {
		if op == syntax.EQL || op == syntax.NEQ {
			return op == syntax.NEQ, nil
		}
		return false, invalid("InvalidOperation")
	}
	c := d.cmp(e)
	switch op {
	case syntax.EQL:
		return c == 0, nil
	case syntax.NEQ:
		return c != 0, nil
	case syntax.LT:
		return c < 0, nil
	case syntax.LE:
		return c <= 0, nil
	case syntax.GT:
		return c > 0, nil
	}
	return c >= 0, nil
}

// cmp orders two non-NaN Decimals, infinities outside every number.
func (d *Decimal) cmp(e *Decimal) int {
	rank := func(x *Decimal) int {
		if x.special == "" {
			return 0
		}
		if x.neg {
			return -1
		}
		return 1
	}
	if rd, re := rank(d), rank(e); rd != 0 || re != 0 {
		return rd - re
	}
	if sd, se := d.sign(), e.sign(); sd != se || sd == 0 {
		return sd - se
	}
	if ad, ae := d.adjusted(), e.adjusted(); ad != ae {
		if (ad > ae) != d.neg {
			return 1
		}
		return -1
	}
	a, _ := d.rat()
	b, _ := e.rat()
	return a.Cmp(b)
}

// sign is -1, 0 or 1.
func (d *Decimal) sign() int {
	switch {
	case d.coef.Sign() == 0:
		return 0
	case d.neg:
		return -1
	}
	return 1
}

// PyAbs is abs(d), rounded to the context.
func (d *Decimal) PyAbs() starlark.Value {
	out := *d
	out.neg = false
	return out.fix()
}
