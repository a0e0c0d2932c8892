package script

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
	"ormlab/engine/py"
)

// maxPowBits bounds the size of an integer power, so x ** y cannot
// exhaust memory.
const maxPowBits = 1 << 20

// builtin_round rounds half to even, as Python's round: round(2.5) is 2,
// round(2.675, 2) is 2.67 (the float is just below 2.675).
func builtin_round(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, nd starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	var digits *int
	if nd != starlark.None {
		n, err := starlark.AsInt32(nd)
		if err != nil {
			return nil, py.Errorf("TypeError", "'%s' object cannot be interpreted as an integer", py.TypeName(nd))
		}
		digits = &n
	}
	switch x := x.(type) {
	case starlark.Bool:
		return roundInt(big.NewInt(b2i(x)), digits), nil
	case starlark.Int:
		return roundInt(x.BigInt(), digits), nil
	case starlark.Float:
		return roundFloat(float64(x), digits)
	case interface {
		PyRound(ndigits starlark.Value) (starlark.Value, error)
	}:
		return x.PyRound(nd)
	}
	return nil, py.Errorf("TypeError", "type %s doesn't define __round__ method", py.TypeName(x))
}

func b2i(b starlark.Bool) int64 {
	if b {
		return 1
	}
	return 0
}

func roundInt(n *big.Int, digits *int) starlark.Value {
	if digits == nil || *digits >= 0 {
		return starlark.MakeBigInt(n)
	}
	unit := pow10(-*digits)
	q := roundHalfEven(new(big.Rat).SetFrac(n, unit))
	return starlark.MakeBigInt(q.Mul(q, unit))
}

func roundFloat(f float64, digits *int) (starlark.Value, error) {
	if digits == nil {
		switch {
		case math.IsNaN(f):
			return nil, py.Errorf("ValueError", "cannot convert float NaN to integer")
		case math.IsInf(f, 0):
			return nil, py.Errorf("OverflowError", "cannot convert float infinity to integer")
		}
		return starlark.MakeBigInt(roundHalfEven(new(big.Rat).SetFloat64(f))), nil
	}
	n := *digits
	if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 || n > 330 {
		return starlark.Float(f), nil
	}
	if n < -330 {
		return starlark.Float(math.Copysign(0, f)), nil
	}
	r := new(big.Rat).SetFloat64(f)
	scale := new(big.Rat).SetInt(pow10(abs(n)))
	if n >= 0 {
		r.Mul(r, scale)
	} else {
		r.Quo(r, scale)
	}
	r.SetInt(roundHalfEven(r))
	if n >= 0 {
		r.Quo(r, scale)
	} else {
		r.Mul(r, scale)
	}
	out, _ := r.Float64()
	return starlark.Float(math.Copysign(out, f)), nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// roundHalfEven rounds r to the nearest integer, ties to even.
func roundHalfEven(r *big.Rat) *big.Int {
	q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int))
	c := m.Lsh(m, 1).Cmp(r.Denom())
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// builtin_abs extends Starlark's abs to bools and timedeltas.
func builtin_abs(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case starlark.Int, starlark.Float:
		return starlark.Call(thread, starlark.Universe["abs"], args, nil)
	case starlark.Bool:
		return starlark.MakeInt64(b2i(v)), nil
	case py.TimeDelta:
		if v.Microseconds() < 0 {
			return starlark.Unary(syntax.MINUS, v)
		}
		return v, nil
	case interface{ PyAbs() starlark.Value }:
		return v.PyAbs(), nil
	}
	return nil, py.Errorf("TypeError", "bad operand type for abs(): '%s'", py.TypeName(x))
}

// builtin_pow is pow(base, exp[, mod]) and the ** operator.
func builtin_pow(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var base, exp, mod starlark.Value = nil, nil, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	x, xok := base.(starlark.Int)
	y, yok := exp.(starlark.Int)
	switch {
	case xok && yok && y.Sign() >= 0:
		return intPow(thread, x.BigInt(), y.BigInt(), mod)
	case mod != starlark.None:
		return nil, py.Errorf("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
	}
	fx, ok1 := starlark.AsFloat(base)
	fy, ok2 := starlark.AsFloat(exp)
	if !ok1 || !ok2 {
		return nil, py.Errorf("TypeError", "unsupported operand type(s) for ** or pow(): '%s' and '%s'", py.TypeName(base), py.TypeName(exp))
	}
	return floatPow(fx, fy)
}

func intPow(thread *starlark.Thread, x, y *big.Int, mod starlark.Value) (starlark.Value, error) {
	if mod != starlark.None {
		m, ok := mod.(starlark.Int)
		if !ok || m.Sign() == 0 {
			return nil, py.Errorf("ValueError", "pow() 3rd argument cannot be 0")
		}
		r, err := modPow(thread, x, y, new(big.Int).Abs(m.BigInt()))
		if err != nil {
			return nil, err
		}
		if m.Sign() < 0 && r.Sign() != 0 {
			r.Add(r, m.BigInt())
		}
		return starlark.MakeBigInt(r), nil
	}
	if x.BitLen() > 1 && (!y.IsInt64() || int64(x.BitLen())*y.Int64() > maxPowBits) {
		return nil, py.Errorf("LimitExceeded", "memory: the result of ** would have more than %d bits, the largest power ORM Lab computes; use a smaller base or exponent", maxPowBits)
	}
	if err := charge(thread, uint64(max(x.BitLen(), 1))*y.Uint64()/(64*64)); err != nil {
		return nil, err
	}
	return starlark.MakeBigInt(new(big.Int).Exp(x, y, nil)), nil
}

// modPow is x**y % m by squaring, one bit of y at a time, each charged to
// the run's steps as the product of m's size in words with itself, so
// that pow(3, 10**100000, 10**100000+1) stops at the step or time limit
// instead of running for hours inside one builtin.
func modPow(thread *starlark.Thread, x, y, m *big.Int) (*big.Int, error) {
	if m.BitLen() <= 64*64 {
		return new(big.Int).Exp(x, y, m), nil
	}
	words := uint64(m.BitLen()/64 + 1)
	r, sq := big.NewInt(1), new(big.Int).Mod(x, m)
	for i := 0; i < y.BitLen(); i++ {
		if err := charge(thread, words*words/256+1); err != nil {
			return nil, err
		}
		if y.Bit(i) == 1 {
			r.Mod(r.Mul(r, sq), m)
		}
		sq.Mod(sq.Mul(sq, sq), m)
	}
	return r.Mod(r, m), nil
}

func floatPow(x, y float64) (starlark.Value, error) {
	switch {
	case x == 0 && y < 0:
		return nil, py.Errorf("ZeroDivisionError", "0.0 cannot be raised to a negative power")
	case x < 0 && y != math.Trunc(y):
		return nil, py.Errorf("ValueError", "a negative number cannot be raised to a fractional power in ORM Lab")
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, py.Errorf("OverflowError", "(34, 'Numerical result out of range')")
	}
	return starlark.Float(r), nil
}
