package stdlib

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// DefaultDict is collections.defaultdict: a missing key read with d[k]
// is added with default_factory(), or is a KeyError when there is none.
// See https://docs.python.org/3/library/collections.html#collections.defaultdict.
type DefaultDict struct {
	dictBase
	thread  *starlark.Thread
	factory starlark.Value
}

var (
	_ starlark.IterableMapping = (*DefaultDict)(nil)
	_ starlark.HasSetKey       = (*DefaultDict)(nil)
	_ py.Subscriptable         = (*DefaultDict)(nil)
	_ DictLike                 = (*DefaultDict)(nil)
)

func collections_defaultdict(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	dd := &DefaultDict{dictBase{starlark.NewDict(0)}, thread, starlark.None}
	if len(args) > 0 {
		if _, ok := args[0].(starlark.Callable); !ok && args[0] != starlark.None {
			return nil, py.Errorf("TypeError", "first argument must be callable or None")
		}
		dd.factory = args[0]
		args = args[1:]
	}
	return dd, update(thread, dd.d, args, kwargs)
}

func (dd *DefaultDict) String() string { return dd.PyRepr() }
func (dd *DefaultDict) Type() string   { return "defaultdict" }
func (dd *DefaultDict) Hash() (uint32, error) {
	return 0, py.Errorf("TypeError", "unhashable type: 'collections.defaultdict'")
}

// PyRepr is defaultdict(<class 'list'>, {'a': [1]}).
func (dd *DefaultDict) PyRepr() string {
	return "defaultdict(" + py.Repr(dd.factory) + ", " + dictRepr(dd.d.Items()) + ")"
}

// GetItem is d[k], calling __missing__ for an absent key.
func (dd *DefaultDict) GetItem(k starlark.Value) (starlark.Value, error) {
	v, found, err := dd.d.Get(k)
	if err != nil || found {
		return v, err
	}
	if dd.factory == starlark.None {
		return nil, py.KeyError(k)
	}
	v, err = starlark.Call(dd.thread, dd.factory, nil, nil)
	if err != nil {
		return nil, err
	}
	return v, dd.d.SetKey(k, v)
}

func (dd *DefaultDict) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, dd.d, y.(*DefaultDict).d, depth)
}

func (dd *DefaultDict) Attr(name string) (starlark.Value, error) {
	switch name {
	case "default_factory":
		return dd.factory, nil
	case "copy":
		return builtin("copy", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			out := &DefaultDict{dictBase{starlark.NewDict(dd.d.Len())}, dd.thread, dd.factory}
			return out, updateFrom(dd.thread, out.d, dd.d)
		}), nil
	}
	return nil, nil
}

func (dd *DefaultDict) AttrNames() []string { return []string{"copy", "default_factory"} }

// OrderedDict is collections.OrderedDict: a dict whose order can be
// changed and whose equality with another OrderedDict heeds order.
// See https://docs.python.org/3/library/collections.html#collections.OrderedDict.
type OrderedDict struct{ dictBase }

var (
	_ starlark.IterableMapping = (*OrderedDict)(nil)
	_ py.Subscriptable         = (*OrderedDict)(nil)
	_ DictLike                 = (*OrderedDict)(nil)
)

func collections_OrderedDict(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	od := &OrderedDict{dictBase{starlark.NewDict(0)}}
	return od, update(thread, od.d, args, kwargs)
}

func (od *OrderedDict) String() string { return od.PyRepr() }
func (od *OrderedDict) Type() string   { return "OrderedDict" }
func (od *OrderedDict) Hash() (uint32, error) {
	return 0, py.Errorf("TypeError", "unhashable type: 'OrderedDict'")
}

// GetItem is d[k].
func (od *OrderedDict) GetItem(k starlark.Value) (starlark.Value, error) { return od.getItem(k) }

// PyRepr is OrderedDict([('a', 1)]), as Python 3.11 prints it.
func (od *OrderedDict) PyRepr() string {
	if od.d.Len() == 0 {
		return "OrderedDict()"
	}
	items := make([]starlark.Value, 0, od.d.Len())
	for _, kv := range od.d.Items() {
		items = append(items, kv)
	}
	return "OrderedDict(" + py.Repr(starlark.NewList(items)) + ")"
}

// CompareSameType compares two OrderedDicts item by item, in order.
func (od *OrderedDict) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	if op != syntax.EQL && op != syntax.NEQ {
		return false, py.Errorf("TypeError", "'%s' not supported between instances of 'OrderedDict' and 'OrderedDict'", op)
	}
	a, b := od.d.Items(), y.(*OrderedDict).d.Items()
	eq := len(a) == len(b)
	for i := 0; eq && i < len(a); i++ {
		pair, err := starlark.EqualDepth(a[i], b[i], depth)
		if err != nil {
			return false, err
		}
		eq = pair
	}
	return eq == (op == syntax.EQL), nil
}

func (od *OrderedDict) Attr(name string) (starlark.Value, error) {
	switch name {
	case "move_to_end":
		return builtin("move_to_end", od.moveToEnd), nil
	case "popitem":
		return builtin("popitem", od.popitem), nil
	}
	return nil, nil
}

func (od *OrderedDict) AttrNames() []string { return []string{"move_to_end", "popitem"} }

func (od *OrderedDict) moveToEnd(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var key starlark.Value
	last := true
	if err := starlark.UnpackArgs("move_to_end", args, kwargs, "key", &key, "last?", &last); err != nil {
		return nil, err
	}
	v, found, err := od.d.Delete(key)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, py.KeyError(key)
	}
	if last {
		return starlark.None, od.d.SetKey(key, v)
	}
	rest := od.d.Items()
	od.d.Clear()
	_ = od.d.SetKey(key, v)
	for _, kv := range rest {
		_ = od.d.SetKey(kv[0], kv[1])
	}
	return starlark.None, nil
}

func (od *OrderedDict) popitem(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	last := true
	if err := starlark.UnpackArgs("popitem", args, kwargs, "last?", &last); err != nil {
		return nil, err
	}
	items := od.d.Items()
	if len(items) == 0 {
		return nil, py.KeyError(starlark.String("dictionary is empty"))
	}
	kv := items[0]
	if last {
		kv = items[len(items)-1]
	}
	_, _, err := od.d.Delete(kv[0])
	return kv, err
}
