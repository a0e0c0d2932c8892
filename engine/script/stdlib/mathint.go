package stdlib

import (
	"math/big"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

func intArgs(args starlark.Tuple) ([]*big.Int, error) {
	out := make([]*big.Int, len(args))
	for i, a := range args {
		n, err := toInt(a)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

func math_gcd(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	ns, err := intArgs(args)
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, n := range ns {
		g.GCD(nil, nil, g, new(big.Int).Abs(n))
	}
	return starlark.MakeBigInt(g), nil
}

func math_lcm(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	ns, err := intArgs(args)
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, n := range ns {
		a := new(big.Int).Abs(n)
		if a.Sign() == 0 {
			return starlark.MakeInt(0), nil
		}
		g := new(big.Int).GCD(nil, nil, l, a)
		l.Mul(l, a.Quo(a, g))
	}
	return starlark.MakeBigInt(l), nil
}

func math_factorial(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	a, err := oneArg("factorial", args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := toInt(a)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.Errorf("ValueError", "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 10000 {
		return nil, py.Errorf("OverflowError", "factorial() argument should not exceed 10000 in ORM Lab")
	}
	return starlark.MakeBigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

// nk parses comb's and perm's n and k; k defaults to n for perm.
func nk(name string, args starlark.Tuple, kwargs []starlark.Tuple) (n, k int64, err error) {
	if len(kwargs) > 0 || len(args) < 1 || len(args) > 2 || (name == "comb" && len(args) != 2) {
		return 0, 0, py.Errorf("TypeError", "%s expected 2 arguments, got %d", name, len(args))
	}
	ns, err := intArgs(args)
	if err != nil {
		return 0, 0, err
	}
	if ns[0].Sign() < 0 {
		if name == "perm" && len(args) == 1 {
			return 0, 0, py.Errorf("ValueError", "factorial() not defined for negative values")
		}
		return 0, 0, py.Errorf("ValueError", "n must be a non-negative integer")
	}
	if len(ns) == 2 && ns[1].Sign() < 0 {
		return 0, 0, py.Errorf("ValueError", "k must be a non-negative integer")
	}
	if !ns[0].IsInt64() || ns[0].Int64() > 100000 {
		return 0, 0, py.Errorf("OverflowError", "%s() argument is too large for ORM Lab", name)
	}
	n = ns[0].Int64()
	k = n
	if len(ns) == 2 {
		if !ns[1].IsInt64() {
			return n, n + 1, nil
		}
		k = ns[1].Int64()
	}
	return n, k, nil
}

func math_comb(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, k, err := nk("comb", args, kwargs)
	if err != nil {
		return nil, err
	}
	if k > n {
		return starlark.MakeInt(0), nil
	}
	return starlark.MakeBigInt(new(big.Int).Binomial(n, k)), nil
}

func math_perm(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n, k, err := nk("perm", args, kwargs)
	if err != nil {
		return nil, err
	}
	if k > n {
		return starlark.MakeInt(0), nil
	}
	return starlark.MakeBigInt(new(big.Int).MulRange(n-k+1, n)), nil
}

func math_isqrt(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	a, err := oneArg("isqrt", args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := toInt(a)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.Errorf("ValueError", "isqrt() argument must be nonnegative")
	}
	return starlark.MakeBigInt(new(big.Int).Sqrt(n)), nil
}
