package stdlib

import (
	"math/big"
	"sort"
	"sync"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// statisticsNames are the statistics module's functions. Like CPython,
// they add exactly (as fractions) and round once, and return an int
// when the data are ints and the result is whole.
// See https://docs.python.org/3/library/statistics.html.
var statisticsNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"mean":            builtin("mean", statistics_mean),
		"fmean":           builtin("fmean", statistics_fmean),
		"median":          builtin("median", statistics_median),
		"median_low":      builtin("median_low", medianSide(false)),
		"median_high":     builtin("median_high", medianSide(true)),
		"mode":            builtin("mode", statistics_mode),
		"variance":        builtin("variance", spread("variance", 1, false)),
		"pvariance":       builtin("pvariance", spread("pvariance", 0, false)),
		"stdev":           builtin("stdev", spread("stdev", 1, true)),
		"pstdev":          builtin("pstdev", spread("pstdev", 0, true)),
		"StatisticsError": &errorClass{statisticsError},
	}
})

const statisticsError = "statistics.StatisticsError"

// data is the one iterable argument.
func data(thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) ([]starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	return elements(thread, v)
}

// exact is the data as fractions; allInts reports whether all are ints.
func exact(values []starlark.Value) (rats []*big.Rat, allInts bool, err error) {
	allInts = true
	for _, v := range values {
		r := new(big.Rat)
		switch x := v.(type) {
		case starlark.Int:
			r.SetInt(x.BigInt())
		case starlark.Bool:
			r.SetInt64(map[bool]int64{true: 1}[bool(x)])
		case starlark.Float:
			if r.SetFloat64(float64(x)) == nil {
				return nil, false, py.Errorf("ValueError", "cannot convert %s to fraction", py.Repr(x))
			}
			allInts = false
		default:
			return nil, false, py.Errorf("TypeError", "can't convert type '%s' to numerator/denominator", py.TypeName(v))
		}
		rats = append(rats, r)
	}
	return rats, allInts, nil
}

// convert is a fraction as the data's type: int when whole and the data
// were ints, float otherwise.
func convert(r *big.Rat, allInts bool) starlark.Value {
	if allInts && r.IsInt() {
		return starlark.MakeBigInt(r.Num())
	}
	f, _ := r.Float64()
	return starlark.Float(f)
}

func ratMean(rats []*big.Rat) *big.Rat {
	sum := new(big.Rat)
	for _, r := range rats {
		sum.Add(sum, r)
	}
	return sum.Quo(sum, new(big.Rat).SetInt64(int64(len(rats))))
}

func statistics_mean(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	values, err := data(thread, "mean", args, kwargs)
	if err != nil {
		return nil, err
	}
	if len(values) == 0 {
		return nil, py.Errorf(statisticsError, "mean requires at least one data point")
	}
	rats, allInts, err := exact(values)
	if err != nil {
		return nil, err
	}
	return convert(ratMean(rats), allInts), nil
}

func statistics_fmean(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	values, err := data(thread, "fmean", args, kwargs)
	if err != nil {
		return nil, err
	}
	if len(values) == 0 {
		return nil, py.Errorf(statisticsError, "fmean requires at least one data point")
	}
	sum, err := math_fsum(thread, b, starlark.Tuple{starlark.Tuple(values)}, nil)
	if err != nil {
		return nil, err
	}
	return starlark.Float(float64(sum.(starlark.Float)) / float64(len(values))), nil
}

// sortedData is the data in order, or StatisticsError for none.
func sortedData(thread *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple) ([]starlark.Value, error) {
	values, err := data(thread, name, args, kwargs)
	if err != nil {
		return nil, err
	}
	if len(values) == 0 {
		return nil, py.Errorf(statisticsError, "no median for empty data")
	}
	var cmpErr error
	sort.SliceStable(values, func(i, j int) bool {
		lt, err := starlark.Compare(syntax.LT, values[i], values[j])
		if err != nil && cmpErr == nil {
			cmpErr = err
		}
		return lt
	})
	return values, cmpErr
}

func statistics_median(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	values, err := sortedData(thread, "median", args, kwargs)
	if err != nil {
		return nil, err
	}
	n := len(values)
	if n%2 == 1 {
		return values[n/2], nil
	}
	sum, err := starlark.Binary(syntax.PLUS, values[n/2-1], values[n/2])
	if err != nil {
		return nil, err
	}
	return starlark.Binary(syntax.SLASH, sum, starlark.MakeInt(2))
}

func medianSide(high bool) method {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		values, err := sortedData(thread, b.Name(), args, kwargs)
		if err != nil {
			return nil, err
		}
		n := len(values)
		if n%2 == 1 || high {
			return values[n/2], nil
		}
		return values[n/2-1], nil
	}
}

// statistics_mode is the most common value, the first seen among ties.
func statistics_mode(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	values, err := data(thread, "mode", args, kwargs)
	if err != nil {
		return nil, err
	}
	if len(values) == 0 {
		return nil, py.Errorf(statisticsError, "no mode for empty data")
	}
	c := newCounter(nil)
	if err := c.add(starlark.Tuple{starlark.Tuple(values)}, nil, 1); err != nil {
		return nil, err
	}
	return c.mostCommon()[0][0], nil
}

// spread makes variance and stdev (ddof 1, at least two points) and
// their population forms (ddof 0).
func spread(name string, ddof int, root bool) method {
	return func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		values, err := data(thread, name, args, kwargs)
		if err != nil {
			return nil, err
		}
		if len(values) < 1+ddof {
			need := map[int]string{0: "one data point", 1: "two data points"}[ddof]
			return nil, py.Errorf(statisticsError, "%s requires at least %s", name, need)
		}
		rats, allInts, err := exact(values)
		if err != nil {
			return nil, err
		}
		v := sumOfSquares(rats)
		v.Quo(v, new(big.Rat).SetInt64(int64(len(rats)-ddof)))
		if root {
			return starlark.Float(sqrtRat(v)), nil
		}
		return convert(v, allInts), nil
	}
}

func sumOfSquares(rats []*big.Rat) *big.Rat {
	c := ratMean(rats)
	ss := new(big.Rat)
	for _, r := range rats {
		d := new(big.Rat).Sub(r, c)
		ss.Add(ss, d.Mul(d, d))
	}
	return ss
}

// sqrtRat is the square root of r, rounded once to a float.
func sqrtRat(r *big.Rat) float64 {
	x := new(big.Float).SetPrec(200).SetRat(r)
	f, _ := x.Sqrt(x).Float64()
	return f
}
