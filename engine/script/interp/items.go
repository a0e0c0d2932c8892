package interp

import (
	"fmt"
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// Slice is a[lo:hi:step]'s key; absent bounds are None.
type Slice struct {
	Start, Stop, Step starlark.Value
}

func (s *Slice) String() string {
	return "slice(" + py.Repr(s.Start) + ", " + py.Repr(s.Stop) + ", " + py.Repr(s.Step) + ")"
}
func (s *Slice) Type() string { return "slice" }

// Attr gives start, stop and step.
func (s *Slice) Attr(name string) (starlark.Value, error) {
	switch name {
	case "start":
		return s.Start, nil
	case "stop":
		return s.Stop, nil
	case "step":
		return s.Step, nil
	}
	return nil, nil
}

func (s *Slice) AttrNames() []string   { return []string{"start", "step", "stop"} }
func (s *Slice) Freeze()               {}
func (s *Slice) Truth() starlark.Bool  { return true }
func (s *Slice) Hash() (uint32, error) { return 0, typeErrorf("unhashable type: 'slice'") }

// getItem is v[k].
func (in *Interp) getItem(v, k starlark.Value) (starlark.Value, error) {
	if o, ok := v.(*Object); ok {
		if r, found, err := o.special("__getitem__", k); found || err != nil {
			return r, err
		}
		if o.native != nil {
			return in.nativeGetItem(o, k)
		}
		return nil, typeErrorf("'%s' object is not subscriptable", o.class.name)
	}
	switch t := v.(type) {
	case *Type:
		return alias(v, k), nil
	case *Class:
		if m, _ := t.lookup("__class_getitem__"); m != nil {
			return in.call(bindToClass(m, t), starlark.Tuple{k}, nil)
		}
		return nil, typeErrorf("type '%s' is not subscriptable", t.name)
	}
	sl, isSlice := k.(*Slice)
	if s, ok := v.(py.Subscriptable); ok {
		if isSlice {
			return s.GetSlice(sl.Start, sl.Stop, sl.Step)
		}
		return s.GetItem(k)
	}
	if isSlice {
		return slice(v, sl)
	}
	if b, ok := k.(starlark.Bool); ok {
		k = boolInt(b)
	}
	if s, ok := v.(starlark.String); ok {
		return stringIndex(s, k)
	}
	return py.Index(v, k)
}

// slice is x[lo:hi:step] of a built-in sequence, with Python's bounds.
func slice(v starlark.Value, sl *Slice) (starlark.Value, error) {
	x, ok := v.(starlark.Sliceable)
	if !ok {
		if _, isStr := v.(starlark.String); !isStr {
			return nil, typeErrorf("'%s' object is not subscriptable", typeName(v))
		}
	}
	if s, isStr := v.(starlark.String); isStr {
		x = py.Chars(s)
	}
	start, stop, step, err := sliceIndices(sl, x.Len())
	if err != nil {
		return nil, err
	}
	out := x.Slice(start, stop, step)
	if _, isStr := v.(starlark.String); isStr {
		return joinChars(out.(starlark.Tuple)), nil
	}
	return out, nil
}

func joinChars(t starlark.Tuple) starlark.String {
	b := make([]byte, 0, len(t))
	for _, c := range t {
		b = append(b, string(c.(starlark.String))...)
	}
	return starlark.String(b)
}

// sliceIndices is slice.indices(n): the start, stop and step a slice
// selects from a sequence of n items.
func sliceIndices(sl *Slice, n int) (int, int, int, error) {
	step := 1
	if sl.Step != starlark.None {
		s, err := sliceIndex(sl.Step)
		if err != nil {
			return 0, 0, 0, err
		}
		if s == 0 {
			return 0, 0, 0, newError("ValueError", "slice step cannot be zero")
		}
		step = s
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	start, err := clampIndex(sl.Start, n, lower, upper, step < 0)
	if err != nil {
		return 0, 0, 0, err
	}
	stop, err := clampIndex(sl.Stop, n, lower, upper, step > 0)
	return start, stop, step, err
}

// clampIndex resolves one bound: None is the end the step starts from
// (atUpper) or goes to; a negative bound counts from the end.
func clampIndex(v starlark.Value, n, lower, upper int, atUpper bool) (int, error) {
	if v == starlark.None {
		if atUpper {
			return upper, nil
		}
		return lower, nil
	}
	i, err := sliceIndex(v)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
		if i < lower {
			i = lower
		}
	} else if i > upper {
		i = upper
	}
	return i, nil
}

func sliceIndex(v starlark.Value) (int, error) {
	if b, ok := v.(starlark.Bool); ok {
		v = boolInt(b)
	}
	i, ok := v.(starlark.Int)
	if !ok {
		return 0, typeErrorf("slice indices must be integers or None or have an __index__ method")
	}
	n, ok := i.Int64()
	if !ok {
		if i.Sign() < 0 {
			return -1 << 40, nil
		}
		return 1 << 40, nil
	}
	return int(max(min(n, 1<<40), -1<<40)), nil
}

// setItem is v[k] = x.
func (in *Interp) setItem(v, k, x starlark.Value) error {
	if o, ok := v.(*Object); ok {
		if _, found, err := o.special("__setitem__", k, x); found || err != nil {
			return err
		}
		if o.native != nil {
			return in.setItem(o.native, k, x)
		}
		return typeErrorf("'%s' object does not support item assignment", o.class.name)
	}
	if b, ok := k.(starlark.Bool); ok {
		k = boolInt(b)
	}
	switch c := v.(type) {
	case *starlark.Dict:
		return c.SetKey(k, x)
	case *starlark.List:
		if sl, ok := k.(*Slice); ok {
			return in.setSlice(c, sl, x)
		}
		i, err := listIndex(c, k)
		if err != nil {
			return err
		}
		return c.SetIndex(i, x)
	case starlark.HasSetKey:
		return c.SetKey(k, x)
	}
	return typeErrorf("'%s' object does not support item assignment", typeName(v))
}

func listIndex(l *starlark.List, k starlark.Value) (int, error) {
	n, ok := k.(starlark.Int)
	if !ok {
		return 0, typeErrorf("list indices must be integers or slices, not %s", typeName(k))
	}
	i, ok := n.Int64()
	if i < 0 {
		i += int64(l.Len())
	}
	if !ok || i < 0 || i >= int64(l.Len()) {
		return 0, newError("IndexError", "list assignment index out of range")
	}
	return int(i), nil
}

// setSlice is l[a:b] = items, for a simple slice (step 1).
func (in *Interp) setSlice(l *starlark.List, sl *Slice, x starlark.Value) error {
	start, stop, step, err := sliceIndices(sl, l.Len())
	if err != nil {
		return err
	}
	items, err := in.collect(x)
	if err != nil {
		return err
	}
	if step != 1 {
		return setExtendedSlice(l, start, stop, step, items)
	}
	stop = max(stop, start)
	all := make([]starlark.Value, 0, l.Len()-(stop-start)+len(items))
	for i := 0; i < start; i++ {
		all = append(all, l.Index(i))
	}
	all = append(all, items...)
	for i := stop; i < l.Len(); i++ {
		all = append(all, l.Index(i))
	}
	return replaceList(l, all)
}

// replaceList makes l hold exactly items.
func replaceList(l *starlark.List, items []starlark.Value) error {
	if err := l.Clear(); err != nil {
		return err
	}
	for _, v := range items {
		if err := l.Append(v); err != nil {
			return err
		}
	}
	return nil
}

// delItem is del v[k].
func (in *Interp) delItem(v, k starlark.Value) error {
	if o, ok := v.(*Object); ok {
		if _, found, err := o.special("__delitem__", k); found || err != nil {
			return err
		}
		if o.native != nil {
			return in.delItem(o.native, k)
		}
		return typeErrorf("'%s' object does not support item deletion", o.class.name)
	}
	switch c := v.(type) {
	case *starlark.Dict:
		if _, found, err := c.Delete(k); err != nil || !found {
			if err == nil {
				err = py.KeyError(k)
			}
			return err
		}
		return nil
	case *starlark.List:
		return in.delFromList(c, k)
	}
	return typeErrorf("'%s' object doesn't support item deletion", typeName(v))
}

func (in *Interp) delFromList(l *starlark.List, k starlark.Value) error {
	var keep func(i int) bool
	if sl, ok := k.(*Slice); ok {
		start, stop, step, err := sliceIndices(sl, l.Len())
		if err != nil {
			return err
		}
		keep = func(i int) bool { return !inSlice(i, start, stop, step) }
	} else {
		n, err := listIndex(l, k)
		if err != nil {
			return newError("IndexError", "list assignment index out of range")
		}
		keep = func(i int) bool { return i != n }
	}
	var items []starlark.Value
	for i := 0; i < l.Len(); i++ {
		if keep(i) {
			items = append(items, l.Index(i))
		}
	}
	return replaceList(l, items)
}

func inSlice(i, start, stop, step int) bool {
	if step > 0 {
		return i >= start && i < stop && (i-start)%step == 0
	}
	return i <= start && i > stop && (start-i)%(-step) == 0
}

// collect is list(v).
func (in *Interp) collect(v starlark.Value) ([]starlark.Value, error) {
	it, err := in.iterate(v)
	if err != nil {
		return nil, err
	}
	defer it.Done()
	var out []starlark.Value
	var x starlark.Value
	for it.Next(&x) {
		// Each item counts as a step, so that list(range(10**9)) or
		// "x" in range(10**9) stops at the run's limits.
		if err := in.step(); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, in.iterError(it)
}

// stringIndex is s[k]: the character at k, counting code points.
func stringIndex(s starlark.String, k starlark.Value) (starlark.Value, error) {
	n, ok := k.(starlark.Int)
	if !ok {
		return nil, typeErrorf("string indices must be integers, not '%s'", typeName(k))
	}
	chars := py.Chars(s)
	i, ok := n.Int64()
	if i < 0 {
		i += int64(len(chars))
	}
	if !ok || i < 0 || i >= int64(len(chars)) {
		return nil, newError("IndexError", "string index out of range")
	}
	return chars[i], nil
}

// setExtendedSlice is l[a:b:step] = items: as many items as the slice
// selects, one per position.
func setExtendedSlice(l *starlark.List, start, stop, step int, items []starlark.Value) error {
	var positions []int
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		positions = append(positions, i)
	}
	if len(positions) != len(items) {
		return newError("ValueError", fmt.Sprintf("attempt to assign sequence of size %d to extended slice of size %d", len(items), len(positions)))
	}
	for j, i := range positions {
		if err := l.SetIndex(i, items[j]); err != nil {
			return err
		}
	}
	return nil
}

// alias is T[args] of a type: list[int], dict[str, int].
func alias(t, k starlark.Value) *GenericAlias {
	args, ok := k.(starlark.Tuple)
	if !ok {
		args = starlark.Tuple{k}
	}
	return &GenericAlias{origin: t, args: args}
}

// GetItem is v[k] as the script's own code reads it (a dict subclass's
// __missing__ included), for builtins that look keys up.
func GetItem(thread *starlark.Thread, v, k starlark.Value) (starlark.Value, error) {
	return Of(thread).getItem(v, k)
}
