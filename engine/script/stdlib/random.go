package stdlib

import (
	"math"
	"math/big"
	"sort"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// randomNames are the random module's functions. The lab has no real
// randomness: a script calls random.seed(n) first, and then draws what
// CPython draws for that seed; drawing unseeded is an error that says so.
// See https://docs.python.org/3/library/random.html.
func randomNames() starlark.StringDict {
	r := &randomState{}
	names := starlark.StringDict{"seed": builtin("seed", r.seed)}
	for name, fn := range map[string]func(*starlark.Thread, *mersenne, starlark.Tuple, []starlark.Tuple) (starlark.Value, error){
		"random": random_random, "uniform": random_uniform, "randint": random_randint,
		"randrange": random_randrange, "choice": random_choice, "choices": random_choices,
		"shuffle": random_shuffle, "sample": random_sample, "getrandbits": random_getrandbits,
	} {
		names[name] = builtin(name, r.draw(name, fn))
	}
	return names
}

// randomState is one module's generator, nil until seeded.
type randomState struct{ mt *mersenne }

func (r *randomState) seed(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a starlark.Value = starlark.None
	var version starlark.Value = starlark.MakeInt(2)
	if err := starlark.UnpackArgs("seed", args, kwargs, "a?", &a, "version?", &version); err != nil {
		return nil, err
	}
	m := &mersenne{}
	switch x := a.(type) {
	case starlark.Int:
		m.seedInt(x.BigInt())
	case starlark.Bool:
		m.seedInt(big.NewInt(map[bool]int64{true: 1}[bool(x)]))
	case starlark.String:
		m.seedText([]byte(x))
	case starlark.Bytes:
		m.seedText([]byte(x))
	case starlark.NoneType:
		return nil, py.Errorf("NotImplementedError", "random.seed() needs a value in ORM Lab, which has no real randomness: write random.seed(42)")
	default:
		return nil, py.Errorf("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	r.mt = m
	return starlark.None, nil
}

// draw wraps a function that draws numbers: it needs a seed first.
func (r *randomState) draw(name string, fn func(*starlark.Thread, *mersenne, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) method {
	return func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if r.mt == nil {
			return nil, py.Errorf("NotImplementedError", "random.%s() needs random.seed(n) first: ORM Lab has no real randomness, so that every run gives the same result", name)
		}
		return fn(thread, r.mt, args, kwargs)
	}
}

func random_random(thread *starlark.Thread, m *mersenne, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("random", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Float(m.random()), nil
}

func random_uniform(thread *starlark.Thread, m *mersenne, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, b starlark.Value
	if err := starlark.UnpackArgs("uniform", args, kwargs, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	x, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	y, err := toFloat(b)
	if err != nil {
		return nil, err
	}
	return starlark.Float(x + (y-x)*m.random()), nil
}

func random_getrandbits(thread *starlark.Thread, m *mersenne, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k int
	if err := starlark.UnpackPositionalArgs("getrandbits", args, kwargs, 1, &k); err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, py.Errorf("ValueError", "number of bits must be non-negative")
	}
	if k == 0 {
		return starlark.MakeInt(0), nil
	}
	return starlark.MakeBigInt(m.bits(k)), nil
}

func random_randint(thread *starlark.Thread, m *mersenne, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, b starlark.Value
	if err := starlark.UnpackArgs("randint", args, kwargs, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	hi, err := toInt(b)
	if err != nil {
		return nil, err
	}
	return random_randrange(thread, m, starlark.Tuple{a, starlark.MakeBigInt(new(big.Int).Add(hi, big.NewInt(1)))}, nil)
}

// random_randrange is randrange(stop) or randrange(start, stop[, step]),
// with CPython 3.11's messages.
func random_randrange(thread *starlark.Thread, m *mersenne, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var startV, stopV, stepV starlark.Value = nil, starlark.None, starlark.MakeInt(1)
	if err := starlark.UnpackArgs("randrange", args, kwargs, "start", &startV, "stop?", &stopV, "step?", &stepV); err != nil {
		return nil, err
	}
	start, err := toInt(startV)
	if err != nil {
		return nil, err
	}
	if stopV == starlark.None {
		if start.Sign() > 0 {
			return starlark.MakeBigInt(m.below(start)), nil
		}
		return nil, py.Errorf("ValueError", "empty range for randrange()")
	}
	stop, err := toInt(stopV)
	if err != nil {
		return nil, err
	}
	step, err := toInt(stepV)
	if err != nil {
		return nil, err
	}
	return rangeDraw(m, start, stop, step)
}

func rangeDraw(m *mersenne, start, stop, step *big.Int) (starlark.Value, error) {
	width := new(big.Int).Sub(stop, start)
	one := big.NewInt(1)
	if step.Cmp(one) == 0 {
		if width.Sign() > 0 {
			return starlark.MakeBigInt(new(big.Int).Add(start, m.below(width))), nil
		}
		return nil, py.Errorf("ValueError", "empty range for randrange() (%s, %s, %s)", start, stop, width)
	}
	if step.Sign() == 0 {
		return nil, py.Errorf("ValueError", "zero step for randrange()")
	}
	n := new(big.Int)
	if step.Sign() > 0 {
		n.Add(width, step).Sub(n, one)
	} else {
		n.Add(width, step).Add(n, one)
	}
	floorDiv(n, step)
	if n.Sign() <= 0 {
		return nil, py.Errorf("ValueError", "empty range for randrange()")
	}
	r := new(big.Int).Mul(step, m.below(n))
	return starlark.MakeBigInt(r.Add(r, start)), nil
}

// floorDiv sets n to n // d, rounding toward negative infinity.
func floorDiv(n, d *big.Int) {
	q, r := new(big.Int).QuoRem(n, d, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (d.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	n.Set(q)
}

// population is a sequence argument as choice, sample and choices take it.
func population(thread *starlark.Thread, v starlark.Value) ([]starlark.Value, error) {
	switch v.(type) {
	case *starlark.Set, *starlark.Dict:
		return nil, py.Errorf("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	return elements(thread, v)
}

func random_choice(thread *starlark.Thread, m *mersenne, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var seq starlark.Value
	if err := starlark.UnpackPositionalArgs("choice", args, kwargs, 1, &seq); err != nil {
		return nil, err
	}
	items, err := population(thread, seq)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, py.Errorf("IndexError", "Cannot choose from an empty sequence")
	}
	return items[m.below(big.NewInt(int64(len(items)))).Int64()], nil
}

// random_shuffle swaps each item, from the last, with one at or before it.
func random_shuffle(thread *starlark.Thread, m *mersenne, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("shuffle", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	l, ok := x.(*starlark.List)
	if !ok {
		return nil, py.Errorf("TypeError", "'%s' object does not support item assignment", py.TypeName(x))
	}
	for i := l.Len() - 1; i >= 1; i-- {
		j := int(m.below(big.NewInt(int64(i + 1))).Int64())
		a, b := l.Index(i), l.Index(j)
		if err := l.SetIndex(i, b); err != nil {
			return nil, err
		}
		_ = l.SetIndex(j, a)
	}
	return starlark.None, nil
}

// random_sample draws k distinct positions: from a shrinking pool for a
// small population, else by redrawing repeats, as CPython chooses.
func random_sample(thread *starlark.Thread, m *mersenne, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var popV starlark.Value
	var k int
	if err := starlark.UnpackArgs("sample", args, kwargs, "population", &popV, "k", &k); err != nil {
		return nil, err
	}
	pool, err := population(thread, popV)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	if k < 0 || k > n {
		return nil, py.Errorf("ValueError", "Sample larger than population or is negative")
	}
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	out := make([]starlark.Value, k)
	if n <= setsize {
		pool = append([]starlark.Value(nil), pool...)
		for i := range out {
			j := int(m.below(big.NewInt(int64(n - i))).Int64())
			out[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return starlark.NewList(out), nil
	}
	selected := map[int64]bool{}
	for i := range out {
		j := m.below(big.NewInt(int64(n))).Int64()
		for selected[j] {
			j = m.below(big.NewInt(int64(n))).Int64()
		}
		selected[j] = true
		out[i] = pool[j]
	}
	return starlark.NewList(out), nil
}

// random_choices draws k items with replacement, by weight if given.
func random_choices(thread *starlark.Thread, m *mersenne, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var popV, weights, cum starlark.Value = nil, starlark.None, starlark.None
	k := 1
	if err := starlark.UnpackArgs("choices", args, kwargs, "population", &popV, "weights?", &weights, "cum_weights?", &cum, "k?", &k); err != nil {
		return nil, err
	}
	pool, err := population(thread, popV)
	if err != nil {
		return nil, err
	}
	out := make([]starlark.Value, k)
	if weights == starlark.None && cum == starlark.None {
		for i := range out {
			out[i] = pool[int(math.Floor(m.random()*float64(len(pool))))]
		}
		return starlark.NewList(out), nil
	}
	totals, err := cumulative(thread, weights, cum)
	if err != nil {
		return nil, err
	}
	if len(totals) != len(pool) {
		return nil, py.Errorf("ValueError", "The number of weights does not match the population")
	}
	total := totals[len(totals)-1]
	for i := range out {
		x := m.random() * total
		out[i] = pool[min(sort.Search(len(totals)-1, func(j int) bool { return totals[j] > x }), len(totals)-1)]
	}
	return starlark.NewList(out), nil
}

// cumulative is the running totals of weights, or cum_weights as given.
func cumulative(thread *starlark.Thread, weights, cum starlark.Value) ([]float64, error) {
	src, running := weights, true
	if weights == starlark.None {
		src, running = cum, false
	}
	items, err := elements(thread, src)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(items))
	acc := 0.0
	for i, w := range items {
		f, err := toFloat(w)
		if err != nil {
			return nil, err
		}
		if running {
			acc += f
			f = acc
		}
		out[i] = f
	}
	if len(out) == 0 {
		return nil, py.Errorf("IndexError", "list index out of range")
	}
	return out, nil
}
