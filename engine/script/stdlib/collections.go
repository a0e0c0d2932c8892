package stdlib

import (
	"sort"
	"strings"
	"sync"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// collectionsNames are the collections module's types.
// See https://docs.python.org/3/library/collections.html.
var collectionsNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"Counter":     collectionType("Counter", collections_Counter, is[*Counter]),
		"defaultdict": collectionType("defaultdict", collections_defaultdict, is[*DefaultDict]),
		"OrderedDict": collectionType("OrderedDict", collections_OrderedDict, is[*OrderedDict]),
		"deque":       collectionType("deque", collections_deque, is[*Deque]),
		"namedtuple":  builtin("namedtuple", collections_namedtuple),
	}
})

// collectionType is one of the module's classes: callable, printing as
// <class 'collections.Counter'>, and known to isinstance.
func collectionType(name string, fn method, instance func(starlark.Value) bool) *callableWithAttrs {
	return &callableWithAttrs{Builtin: builtin(name, fn), repr: "<class 'collections." + name + "'>", instance: instance}
}

func is[T starlark.Value](v starlark.Value) bool {
	_, ok := v.(T)
	return ok
}

// DictLike is a dict subclass of this package (Counter, defaultdict,
// OrderedDict): the runtime gives it the built-in dict's methods on the
// dict it holds, after its own.
type DictLike interface {
	starlark.Value
	Dict() *starlark.Dict
}

// dictBase is what the dict subclasses share: their items, in a dict.
type dictBase struct {
	d *starlark.Dict
}

func (b *dictBase) Dict() *starlark.Dict                               { return b.d }
func (b *dictBase) Freeze()                                            {}
func (b *dictBase) Truth() starlark.Bool                               { return b.d.Len() > 0 }
func (b *dictBase) Len() int                                           { return b.d.Len() }
func (b *dictBase) Iterate() starlark.Iterator                         { return b.d.Iterate() }
func (b *dictBase) Items() []starlark.Tuple                            { return b.d.Items() }
func (b *dictBase) SetKey(k, v starlark.Value) error                   { return b.d.SetKey(k, v) }
func (b *dictBase) Get(k starlark.Value) (starlark.Value, bool, error) { return b.d.Get(k) }
func (b *dictBase) GetSlice(_, _, _ starlark.Value) (starlark.Value, error) {
	return nil, py.Errorf("TypeError", "unhashable type: 'slice'")
}

// getItem is d[k] for a dict that has no __missing__.
func (b *dictBase) getItem(k starlark.Value) (starlark.Value, error) {
	v, found, err := b.d.Get(k)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, py.KeyError(k)
	}
	return v, nil
}

// update adds the items of a mapping or of an iterable of pairs, then
// the keyword arguments, as dict.update does.
func update(thread *starlark.Thread, d *starlark.Dict, args starlark.Tuple, kwargs []starlark.Tuple) error {
	if len(args) > 1 {
		return py.Errorf("TypeError", "update expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		if err := updateFrom(thread, d, args[0]); err != nil {
			return err
		}
	}
	for _, kv := range kwargs {
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

func updateFrom(thread *starlark.Thread, d *starlark.Dict, src starlark.Value) error {
	if m, ok := src.(starlark.IterableMapping); ok {
		for _, kv := range m.Items() {
			if err := d.SetKey(kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	pairs, err := elements(thread, src)
	if err != nil {
		return err
	}
	for i, p := range pairs {
		kv, err := elements(thread, p)
		if err != nil {
			return py.Errorf("TypeError", "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(kv) != 2 {
			return py.Errorf("ValueError", "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

// dictRepr is a dict's repr: {'a': 1}.
func dictRepr(items []starlark.Tuple) string {
	parts := make([]string, len(items))
	for i, kv := range items {
		parts[i] = py.Repr(kv[0]) + ": " + py.Repr(kv[1])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// Counter is collections.Counter: a dict of counts, 0 for a missing key.
type Counter struct {
	dictBase
	thread *starlark.Thread
}

var (
	_ starlark.IterableMapping = (*Counter)(nil)
	_ starlark.HasSetKey       = (*Counter)(nil)
	_ starlark.HasBinary       = (*Counter)(nil)
	_ py.Subscriptable         = (*Counter)(nil)
	_ DictLike                 = (*Counter)(nil)
)

func newCounter(thread *starlark.Thread) *Counter {
	return &Counter{dictBase{starlark.NewDict(0)}, thread}
}

func collections_Counter(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c := newCounter(thread)
	return c, c.add(args, kwargs, 1)
}

// add is update (sign 1) or subtract (sign -1): an iterable counts each
// item, a mapping adds its counts.
func (c *Counter) add(args starlark.Tuple, kwargs []starlark.Tuple, sign int) error {
	if len(args) > 1 {
		return py.Errorf("TypeError", "expected at most 1 argument, got %d", len(args))
	}
	var pairs []starlark.Tuple
	if len(args) == 1 {
		if m, ok := args[0].(starlark.IterableMapping); ok {
			pairs = m.Items()
		} else {
			items, err := elements(c.thread, args[0])
			if err != nil {
				return err
			}
			for _, x := range items {
				pairs = append(pairs, starlark.Tuple{x, starlark.MakeInt(1)})
			}
		}
	}
	pairs = append(pairs, kwargs...)
	for _, kv := range pairs {
		if err := c.addOne(kv[0], kv[1], sign); err != nil {
			return err
		}
	}
	return nil
}

func (c *Counter) addOne(k, n starlark.Value, sign int) error {
	old, found, err := c.d.Get(k)
	if err != nil {
		return err
	}
	if !found {
		old = starlark.MakeInt(0)
	}
	op := syntax.PLUS
	if sign < 0 {
		op = syntax.MINUS
	}
	sum, err := starlark.Binary(op, old, n)
	if err != nil {
		return err
	}
	return c.d.SetKey(k, sum)
}

func (c *Counter) String() string { return c.PyRepr() }
func (c *Counter) Type() string   { return "Counter" }
func (c *Counter) Hash() (uint32, error) {
	return 0, py.Errorf("TypeError", "unhashable type: 'Counter'")
}

// GetItem is c[k]: 0 for a missing key, which it does not add.
func (c *Counter) GetItem(k starlark.Value) (starlark.Value, error) {
	v, found, err := c.d.Get(k)
	if err != nil || found {
		return v, err
	}
	return starlark.MakeInt(0), nil
}

// mostCommon is the items by count, highest first, ties in insertion
// order.
func (c *Counter) mostCommon() []starlark.Tuple {
	items := c.d.Items()
	sort.SliceStable(items, func(i, j int) bool {
		gt, _ := starlark.Compare(syntax.GT, items[i][1], items[j][1])
		return gt
	})
	return items
}

// PyRepr is Counter({'a': 2, 'b': 1}), most common first.
func (c *Counter) PyRepr() string {
	if c.d.Len() == 0 {
		return "Counter()"
	}
	return "Counter(" + dictRepr(c.mostCommon()) + ")"
}

func (c *Counter) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, c.d, y.(*Counter).d, depth)
}

// Binary is +, -, | and &, which keep only positive counts.
func (c *Counter) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	other, ok := y.(*Counter)
	if !ok {
		return nil, nil
	}
	x := c
	if side == starlark.Right {
		x, other = other, c
	}
	out := newCounter(c.thread)
	keys := append(x.d.Keys(), other.d.Keys()...)
	for _, k := range keys {
		if _, done, _ := out.d.Get(k); done {
			continue
		}
		a, _ := x.GetItem(k)
		b, _ := other.GetItem(k)
		v, err := combineCounts(op, a, b)
		if err != nil || v == nil {
			return v, err
		}
		if positive, _ := starlark.Compare(syntax.GT, v, starlark.MakeInt(0)); positive {
			_ = out.d.SetKey(k, v)
		}
	}
	return out, nil
}

func combineCounts(op syntax.Token, a, b starlark.Value) (starlark.Value, error) {
	switch op {
	case syntax.PLUS, syntax.MINUS:
		return starlark.Binary(op, a, b)
	case syntax.PIPE, syntax.AMP:
		less, err := starlark.Compare(syntax.LT, a, b)
		if err != nil {
			return nil, err
		}
		if less == (op == syntax.PIPE) {
			return b, nil
		}
		return a, nil
	}
	return nil, nil
}

func (c *Counter) Attr(name string) (starlark.Value, error) {
	if m, ok := counterMethods[name]; ok {
		return m.(*starlark.Builtin).BindReceiver(c), nil
	}
	return nil, nil
}

func (c *Counter) AttrNames() []string { return counterMethods.Keys() }

var counterMethods = starlark.StringDict{
	"most_common": builtin("most_common", counter_most_common),
	"elements":    builtin("elements", counter_elements),
	"update":      builtin("update", counter_update),
	"subtract":    builtin("subtract", counter_subtract),
	"total":       builtin("total", counter_total),
	"copy":        builtin("copy", counter_copy),
}

func counter_most_common(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var n starlark.Value = starlark.None
	if err := starlark.UnpackArgs("most_common", args, kwargs, "n?", &n); err != nil {
		return nil, err
	}
	items := b.Receiver().(*Counter).mostCommon()
	if n != starlark.None {
		k, err := starlark.AsInt32(n)
		if err != nil {
			return nil, err
		}
		items = items[:max(0, min(k, len(items)))]
	}
	out := make([]starlark.Value, len(items))
	for i, kv := range items {
		out[i] = kv
	}
	return starlark.NewList(out), nil
}

func counter_elements(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("elements", args, kwargs, 0); err != nil {
		return nil, err
	}
	var out []starlark.Value
	for _, kv := range b.Receiver().(*Counter).d.Items() {
		n, ok := kv[1].(starlark.Int)
		count, _ := n.Int64()
		for i := int64(0); ok && i < count; i++ {
			out = append(out, kv[0])
		}
	}
	return newLazy("chain", (&source{seq: starlark.Tuple(out)}).next), nil
}

func counter_update(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, b.Receiver().(*Counter).add(args, kwargs, 1)
}

func counter_subtract(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, b.Receiver().(*Counter).add(args, kwargs, -1)
}

func counter_total(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sum starlark.Value = starlark.MakeInt(0)
	for _, kv := range b.Receiver().(*Counter).d.Items() {
		var err error
		if sum, err = starlark.Binary(syntax.PLUS, sum, kv[1]); err != nil {
			return nil, err
		}
	}
	return sum, nil
}

func counter_copy(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c := b.Receiver().(*Counter)
	out := newCounter(c.thread)
	return out, updateFrom(thread, out.d, c.d)
}
