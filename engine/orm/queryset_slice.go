package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

var _ py.Subscriptable = (*QuerySet)(nil)

// GetItem is QuerySet.__getitem__ with an integer: LIMIT 1 OFFSET k
// unless the QuerySet is already evaluated.
func (qs *QuerySet) GetItem(k starlark.Value) (starlark.Value, error) {
	i, err := starlark.AsInt32(k)
	if err != nil {
		return nil, typeError("QuerySet indices must be integers or slices, not %s.", pyTypeName(k))
	}
	if i < 0 {
		return nil, valueError("Negative indexing is not supported.")
	}
	if qs.done {
		if i >= len(qs.cache) {
			return nil, py.Errorf("IndexError", "list index out of range")
		}
		return qs.cache[i], nil
	}
	c := qs.chain()
	c.query.SetLimits(i, i+1)
	if err := c.fetch(); err != nil {
		return nil, err
	}
	if len(c.cache) == 0 {
		return nil, py.Errorf("IndexError", "list index out of range")
	}
	return c.cache[0], nil
}

// GetSlice is QuerySet.__getitem__ with a slice: a new lazy QuerySet with
// LIMIT/OFFSET, or a list when evaluated already or a step is given.
func (qs *QuerySet) GetSlice(lo, hi, step starlark.Value) (starlark.Value, error) {
	bounds := [2]int{0, -1}
	for n, v := range []starlark.Value{lo, hi} {
		if v == starlark.None {
			continue
		}
		x, err := starlark.AsInt32(v)
		if err != nil {
			return nil, typeError("slice indices must be integers or None or have an __index__ method")
		}
		if x < 0 {
			return nil, valueError("Negative indexing is not supported.")
		}
		bounds[n] = x
	}
	if qs.done {
		return sliceList(qs.cache, lo, hi, step)
	}
	c := qs.chain()
	c.query.SetLimits(bounds[0], bounds[1])
	if step != starlark.None {
		if err := c.fetch(); err != nil {
			return nil, err
		}
		return sliceList(c.cache, starlark.None, starlark.None, step)
	}
	return c, nil
}

func sliceList(items []starlark.Value, lo, hi, step starlark.Value) (starlark.Value, error) {
	l := starlark.NewList(items)
	start, end, stride, err := sliceIndices(len(items), lo, hi, step)
	if err != nil {
		return nil, err
	}
	return l.Slice(start, end, stride), nil
}

// sliceIndices resolves Python slice bounds against a length.
func sliceIndices(n int, lo, hi, step starlark.Value) (int, int, int, error) {
	stride := 1
	if step != starlark.None {
		s, err := starlark.AsInt32(step)
		if err != nil || s == 0 {
			return 0, 0, 0, valueError("slice step cannot be zero")
		}
		stride = s
	}
	start, end := 0, n
	if stride < 0 {
		start, end = n-1, -1
	}
	clamp := func(v starlark.Value, def int) int {
		if v == starlark.None {
			return def
		}
		x, _ := starlark.AsInt32(v)
		if x < 0 {
			x += n
		}
		lowest, highest := 0, n
		if stride < 0 {
			lowest, highest = -1, n-1
		}
		return max(lowest, min(highest, x))
	}
	return clamp(lo, start), clamp(hi, end), stride, nil
}
