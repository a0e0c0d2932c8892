package stdlib

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// Deque is collections.deque: a sequence with fast appends and pops at
// both ends, optionally bounded by maxlen (older items fall off the other
// end).
// See https://docs.python.org/3/library/collections.html#collections.deque.
type Deque struct {
	items  []starlark.Value
	maxlen int // -1 when unbounded
}

var (
	_ starlark.Indexable   = (*Deque)(nil)
	_ starlark.Iterable    = (*Deque)(nil)
	_ starlark.HasAttrs    = (*Deque)(nil)
	_ starlark.Comparable  = (*Deque)(nil)
	_ starlark.HasSetIndex = (*Deque)(nil)
)

func collections_deque(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable, maxlen starlark.Value = starlark.Tuple{}, starlark.None
	if err := starlark.UnpackArgs("deque", args, kwargs, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
		return nil, err
	}
	d := &Deque{maxlen: -1}
	if maxlen != starlark.None {
		n, err := starlark.AsInt32(maxlen)
		if err != nil {
			return nil, py.Errorf("TypeError", "an integer is required")
		}
		if n < 0 {
			return nil, py.Errorf("ValueError", "maxlen must be non-negative")
		}
		d.maxlen = n
	}
	items, err := elements(thread, iterable)
	if err != nil {
		return nil, err
	}
	for _, x := range items {
		d.push(x, false)
	}
	return d, nil
}

// push adds x at the right (or left) end, dropping from the other end
// past maxlen.
func (d *Deque) push(x starlark.Value, left bool) {
	if d.maxlen == 0 {
		return
	}
	if left {
		d.items = append([]starlark.Value{x}, d.items...)
		if d.maxlen > 0 && len(d.items) > d.maxlen {
			d.items = d.items[:d.maxlen]
		}
		return
	}
	d.items = append(d.items, x)
	if d.maxlen > 0 && len(d.items) > d.maxlen {
		d.items = d.items[len(d.items)-d.maxlen:]
	}
}

func (d *Deque) String() string       { return d.PyRepr() }
func (d *Deque) Type() string         { return "collections.deque" }
func (d *Deque) Freeze()              {}
func (d *Deque) Truth() starlark.Bool { return len(d.items) > 0 }
func (d *Deque) Hash() (uint32, error) {
	return 0, py.Errorf("TypeError", "unhashable type: 'collections.deque'")
}
func (d *Deque) Len() int                   { return len(d.items) }
func (d *Deque) Index(i int) starlark.Value { return d.items[i] }

// Iterate iterates a snapshot, so that changing the deque in the loop
// does not disturb it.
func (d *Deque) Iterate() starlark.Iterator {
	return starlark.Tuple(append([]starlark.Value(nil), d.items...)).Iterate()
}

// PyRepr is deque([1, 2]) or deque([1, 2], maxlen=3).
func (d *Deque) PyRepr() string {
	s := "deque(" + py.Repr(starlark.NewList(d.items))
	if d.maxlen >= 0 {
		s += ", maxlen=" + starlark.MakeInt(d.maxlen).String()
	}
	return s + ")"
}

// GetItem is d[i], with the deque's own IndexError message.
func (d *Deque) GetItem(k starlark.Value) (starlark.Value, error) {
	i, err := d.index(k)
	if err != nil {
		return nil, err
	}
	return d.items[i], nil
}

// GetSlice refuses slices, as CPython's deque does.
func (d *Deque) GetSlice(_, _, _ starlark.Value) (starlark.Value, error) {
	return nil, py.Errorf("TypeError", "sequence index must be integer, not 'slice'")
}

func (d *Deque) index(k starlark.Value) (int, error) {
	n, ok := k.(starlark.Int)
	if !ok {
		return 0, py.Errorf("TypeError", "sequence index must be integer, not '%s'", py.TypeName(k))
	}
	i, _ := n.Int64()
	if i < 0 {
		i += int64(len(d.items))
	}
	if i < 0 || i >= int64(len(d.items)) {
		return 0, py.Errorf("IndexError", "deque index out of range")
	}
	return int(i), nil
}

func (d *Deque) SetIndex(i int, v starlark.Value) error {
	d.items[i] = v
	return nil
}

func (d *Deque) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, starlark.NewList(d.items), starlark.NewList(y.(*Deque).items), depth)
}

func (d *Deque) Attr(name string) (starlark.Value, error) {
	if name == "maxlen" {
		if d.maxlen < 0 {
			return starlark.None, nil
		}
		return starlark.MakeInt(d.maxlen), nil
	}
	if m, ok := dequeMethods[name]; ok {
		return m.(*starlark.Builtin).BindReceiver(d), nil
	}
	return nil, nil
}

func (d *Deque) AttrNames() []string { return append(dequeMethods.Keys(), "maxlen") }

var dequeMethods = starlark.StringDict{
	"append":     builtin("append", deque_push(false)),
	"appendleft": builtin("appendleft", deque_push(true)),
	"pop":        builtin("pop", deque_pop(false)),
	"popleft":    builtin("popleft", deque_pop(true)),
	"extend":     builtin("extend", deque_extend(false)),
	"extendleft": builtin("extendleft", deque_extend(true)),
	"rotate":     builtin("rotate", deque_rotate),
	"clear":      builtin("clear", deque_clear),
	"count":      builtin("count", deque_count),
	"index":      builtin("index", deque_index),
	"remove":     builtin("remove", deque_remove),
	"copy":       builtin("copy", deque_copy),
	"reverse":    builtin("reverse", deque_reverse),
}

type method = func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)

func deque_push(left bool) method {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
			return nil, err
		}
		b.Receiver().(*Deque).push(x, left)
		return starlark.None, nil
	}
}

func deque_pop(left bool) method {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		d := b.Receiver().(*Deque)
		if len(d.items) == 0 {
			return nil, py.Errorf("IndexError", "pop from an empty deque")
		}
		if left {
			x := d.items[0]
			d.items = d.items[1:]
			return x, nil
		}
		x := d.items[len(d.items)-1]
		d.items = d.items[:len(d.items)-1]
		return x, nil
	}
}

func deque_extend(left bool) method {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var iterable starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &iterable); err != nil {
			return nil, err
		}
		items, err := elements(thread, iterable)
		if err != nil {
			return nil, err
		}
		for _, x := range items {
			b.Receiver().(*Deque).push(x, left)
		}
		return starlark.None, nil
	}
}

func deque_rotate(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n := 1
	if err := starlark.UnpackPositionalArgs("rotate", args, kwargs, 0, &n); err != nil {
		return nil, err
	}
	d := b.Receiver().(*Deque)
	if len(d.items) == 0 {
		return starlark.None, nil
	}
	k := ((n % len(d.items)) + len(d.items)) % len(d.items)
	d.items = append(append([]starlark.Value{}, d.items[len(d.items)-k:]...), d.items[:len(d.items)-k]...)
	return starlark.None, nil
}

func deque_clear(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	b.Receiver().(*Deque).items = nil
	return starlark.None, nil
}

// find is the position of the first item equal to x, or -1.
func (d *Deque) find(x starlark.Value) (int, error) {
	for i, y := range d.items {
		eq, err := starlark.Equal(y, x)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func deque_count(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("count", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	n := 0
	for _, y := range b.Receiver().(*Deque).items {
		if eq, err := starlark.Equal(y, x); err != nil {
			return nil, err
		} else if eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

func deque_index(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("index", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	i, err := b.Receiver().(*Deque).find(x)
	if err == nil && i < 0 {
		err = py.Errorf("ValueError", "%s is not in deque", py.Repr(x))
	}
	return starlark.MakeInt(i), err
}

func deque_remove(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("remove", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	d := b.Receiver().(*Deque)
	i, err := d.find(x)
	if err == nil && i < 0 {
		err = py.Errorf("ValueError", "%s is not in deque", py.Repr(x))
	}
	if err != nil {
		return nil, err
	}
	d.items = append(d.items[:i:i], d.items[i+1:]...)
	return starlark.None, nil
}

func deque_copy(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	d := b.Receiver().(*Deque)
	return &Deque{items: append([]starlark.Value(nil), d.items...), maxlen: d.maxlen}, nil
}

func deque_reverse(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	d := b.Receiver().(*Deque)
	for i, j := 0, len(d.items)-1; i < j; i, j = i+1, j-1 {
		d.items[i], d.items[j] = d.items[j], d.items[i]
	}
	return starlark.None, nil
}
