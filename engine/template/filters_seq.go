package template

import (
	"errors"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// The filters on sequences. On a QuerySet, length and join evaluate it,
// first reads qs[0] (a LIMIT 1 query unless evaluated) and slice returns
// a sliced QuerySet, as in Django.

// filterLength is len(value), 0 for a value without one.
func filterLength(_ *renderer, x value, _ *value) (value, error) {
	n, err := length(x.v)
	if err != nil {
		return plain(starlark.MakeInt(0)), nil
	}
	return plain(starlark.MakeInt(n)), nil
}

func filterFirst(_ *renderer, x value, _ *value) (value, error) {
	return itemOr(x.v, 0)
}

func filterLast(_ *renderer, x value, _ *value) (value, error) {
	return itemOr(x.v, -1)
}

// itemOr is value[i], or "" on IndexError.
func itemOr(v starlark.Value, i int) (value, error) {
	item, err := index(v, starlark.MakeInt(i))
	var pe *py.Exception
	if errors.As(err, &pe) && pe.Type == "IndexError" {
		return plain(starlark.String("")), nil
	}
	if err != nil {
		return value{}, err
	}
	return plain(item), nil
}

// filterJoin is Django's join with autoescape: each item and the
// separator conditionally escaped, the result safe. Without autoescape
// the items must be strings. A value that is not iterable is returned as
// it is.
func filterJoin(r *renderer, x value, arg *value) (value, error) {
	items, err := py.Elements(x.v)
	if err != nil {
		return x, nil
	}
	if !r.autoescape {
		return joinRaw(x, items, arg)
	}
	parts := make([]string, len(items))
	for i, item := range items {
		parts[i] = conditionalEscape(plain(item))
	}
	return safeString(strings.Join(parts, conditionalEscape(*arg))), nil
}

func joinRaw(x value, items []starlark.Value, arg *value) (value, error) {
	sep, ok := arg.v.(starlark.String)
	if !ok {
		return value{}, py.Errorf("AttributeError", "'%s' object has no attribute 'join'", py.TypeName(arg.v))
	}
	parts := make([]string, len(items))
	for i, item := range items {
		s, ok := item.(starlark.String)
		if !ok {
			return x, nil
		}
		parts[i] = string(s)
	}
	return safeString(strings.Join(parts, string(sep))), nil
}

// filterSlice is value[slice(*bits)] for an argument such as ":5" or
// "1:3"; on a bad argument the value is returned as it is.
func filterSlice(_ *renderer, x value, arg *value) (value, error) {
	bounds, ok := sliceBounds(str(arg.v))
	if !ok {
		return x, nil
	}
	out, err := slice(x.v, bounds)
	if err != nil {
		return x, nil
	}
	return value{v: out, safe: x.safe}, nil
}

// sliceBounds parses "a:b:c" into start, stop and step (None if empty),
// as slice(*bits): one number is the stop.
func sliceBounds(s string) ([3]starlark.Value, bool) {
	b := [3]starlark.Value{starlark.None, starlark.None, starlark.None}
	parts := strings.Split(s, ":")
	if len(parts) > 3 {
		return b, false
	}
	for i, p := range parts {
		if p == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return b, false
		}
		b[i] = starlark.MakeInt(n)
	}
	if len(parts) == 1 {
		b[0], b[1] = starlark.None, b[0]
	}
	return b, true
}

// slice is x[start:stop:step].
func slice(x starlark.Value, b [3]starlark.Value) (starlark.Value, error) {
	if s, ok := x.(py.Subscriptable); ok {
		return s.GetSlice(b[0], b[1], b[2])
	}
	if s, ok := x.(starlark.String); ok {
		out, err := slice(py.Chars(s), b)
		if err != nil {
			return nil, err
		}
		return joinChars(out.(starlark.Tuple)), nil
	}
	sl, ok := x.(starlark.Sliceable)
	if !ok {
		return nil, py.Errorf("TypeError", "'%s' object is not subscriptable", py.TypeName(x))
	}
	start, end, step, err := indices(b, sl.Len())
	if err != nil {
		return nil, err
	}
	return sl.Slice(start, end, step), nil
}

func joinChars(t starlark.Tuple) starlark.String {
	var b strings.Builder
	for _, c := range t {
		b.WriteString(string(c.(starlark.String)))
	}
	return starlark.String(b.String())
}

// indices is Python's slice.indices(n).
func indices(b [3]starlark.Value, n int) (start, end, step int, err error) {
	step = 1
	if b[2] != starlark.None {
		step, _ = starlark.AsInt32(b[2])
		if step == 0 {
			return 0, 0, 0, py.Errorf("ValueError", "slice step cannot be zero")
		}
	}
	lo, hi := 0, n
	if step < 0 {
		lo, hi = -1, n-1
	}
	start = bound(b[0], n, lo, hi, step < 0)
	end = bound(b[1], n, lo, hi, step > 0)
	return start, end, step, nil
}

// bound clamps one slice bound as CPython's PySlice_AdjustIndices; a
// missing bound is the end the step moves away from (or towards, when
// upper is true).
func bound(v starlark.Value, n, lo, hi int, upper bool) int {
	if v == starlark.None {
		if upper {
			return hi
		}
		return lo
	}
	i, _ := starlark.AsInt32(v)
	if i < 0 {
		i += n
	}
	return max(lo, min(i, hi))
}
