package stdlib

import (
	"go.starlark.net/starlark"
	"sync"

	"ormlab/engine/py"
	"ormlab/engine/script/interp"
)

// copyNames are the copy module's functions. They copy the built-in
// containers and this package's; a script's own instances define
// __copy__ and __deepcopy__ or are the interpreter's to copy.
// See https://docs.python.org/3/library/copy.html.
var copyNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"copy":     builtin("copy", copy_copy),
		"deepcopy": builtin("deepcopy", copy_deepcopy),
	}
})

func copy_copy(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("copy", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	c := &copier{thread: thread}
	return c.copy(x, func(v starlark.Value) (starlark.Value, error) { return v, nil })
}

func copy_deepcopy(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, memo starlark.Value = nil, starlark.None
	if err := starlark.UnpackPositionalArgs("deepcopy", args, kwargs, 1, &x, &memo); err != nil {
		return nil, err
	}
	c := &copier{thread: thread, memo: map[starlark.Value]starlark.Value{}}
	return c.deep(x)
}

// copier copies one value; memo, for a deep copy, maps each mutable
// value already copied to its copy, so that shared and cyclic values
// stay shared and cyclic.
type copier struct {
	thread *starlark.Thread
	memo   map[starlark.Value]starlark.Value
	depth  int
}

func (c *copier) deep(x starlark.Value) (starlark.Value, error) {
	if mutable(x) {
		if y, ok := c.memo[x]; ok {
			return y, nil
		}
	}
	if c.depth++; c.depth > 1000 {
		return nil, py.Errorf("RecursionError", "maximum recursion depth exceeded while calling a Python object")
	}
	defer func() { c.depth-- }()
	if t, ok := x.(starlark.Tuple); ok {
		return c.deepTuple(t)
	}
	return c.copy(x, c.deep)
}

// deepTuple copies a tuple's items, keeping the tuple itself when none
// changed, as CPython does.
func (c *copier) deepTuple(t starlark.Tuple) (starlark.Value, error) {
	out := make(starlark.Tuple, len(t))
	same := true
	for i, v := range t {
		y, err := c.deep(v)
		if err != nil {
			return nil, err
		}
		out[i], same = y, same && y == v
	}
	if same {
		return t, nil
	}
	return out, nil
}

// mutable reports whether x is a container copied by identity, which
// memo may hold (a Go map cannot hold a tuple, which is a slice).
func mutable(x starlark.Value) bool {
	switch x.(type) {
	case *starlark.List, *starlark.Dict, *starlark.Set, *Deque, *Counter, *DefaultDict, *OrderedDict:
		return true
	}
	return false
}

// remember records the copy of x before its items are copied.
func (c *copier) remember(x, y starlark.Value) {
	if c.memo != nil && mutable(x) {
		c.memo[x] = y
	}
}

// copy makes a new container like x whose items are item(each of x's).
func (c *copier) copy(x starlark.Value, item func(starlark.Value) (starlark.Value, error)) (starlark.Value, error) {
	switch v := x.(type) {
	case starlark.NoneType, starlark.Bool, starlark.Int, starlark.Float, starlark.String, starlark.Bytes, starlark.Tuple:
		return x, nil
	case *starlark.List:
		out := starlark.NewList(nil)
		c.remember(x, out)
		return out, c.fill(v, item, func(y starlark.Value) error { return out.Append(y) })
	case *starlark.Set:
		out := starlark.NewSet(v.Len())
		c.remember(x, out)
		return out, c.fill(v, item, out.Insert)
	case *starlark.Dict:
		out := starlark.NewDict(v.Len())
		c.remember(x, out)
		return out, c.fillDict(v, out, item)
	case *Deque:
		out := &Deque{maxlen: v.maxlen}
		c.remember(x, out)
		return out, c.fill(v, item, func(y starlark.Value) error { out.push(y, false); return nil })
	case *Record:
		if c.memo == nil {
			return x, nil
		}
		items, err := c.deepTuple(v.items)
		if err != nil {
			return nil, err
		}
		return v.typ.make(items.(starlark.Tuple)), nil
	case DictLike:
		return c.copyDictLike(v, item)
	}
	return c.byMethod(x, item)
}

func (c *copier) fill(src starlark.Iterable, item func(starlark.Value) (starlark.Value, error), add func(starlark.Value) error) error {
	items, err := elements(c.thread, src)
	if err != nil {
		return err
	}
	for _, v := range items {
		y, err := item(v)
		if err != nil {
			return err
		}
		if err := add(y); err != nil {
			return err
		}
	}
	return nil
}

func (c *copier) fillDict(src starlark.IterableMapping, out *starlark.Dict, item func(starlark.Value) (starlark.Value, error)) error {
	for _, kv := range src.Items() {
		k, err := item(kv[0])
		if err != nil {
			return err
		}
		v, err := item(kv[1])
		if err != nil {
			return err
		}
		if err := out.SetKey(k, v); err != nil {
			return err
		}
	}
	return nil
}

func (c *copier) copyDictLike(x DictLike, item func(starlark.Value) (starlark.Value, error)) (starlark.Value, error) {
	var out DictLike
	switch v := x.(type) {
	case *Counter:
		out = newCounter(v.thread)
	case *DefaultDict:
		out = &DefaultDict{dictBase{starlark.NewDict(0)}, v.thread, v.factory}
	default:
		out = &OrderedDict{dictBase{starlark.NewDict(0)}}
	}
	c.remember(x, out)
	return out, c.fillDict(x.Dict(), out.Dict(), item)
}

// byMethod copies a value through its __copy__ or __deepcopy__ method.
func (c *copier) byMethod(x starlark.Value, item func(starlark.Value) (starlark.Value, error)) (starlark.Value, error) {
	name, args := "__copy__", starlark.Tuple{}
	if c.memo != nil {
		name, args = "__deepcopy__", starlark.Tuple{starlark.NewDict(0)}
	}
	if ha, ok := x.(starlark.HasAttrs); ok {
		if m, err := ha.Attr(name); err == nil && m != nil {
			return starlark.Call(c.thread, m, args, nil)
		}
	}
	if o, ok := x.(*interp.Object); ok {
		return nil, py.Errorf("NotImplementedError", "copy of a '%s' instance is not supported in ORM Lab: give its class a %s method", o.Class().Name(), name)
	}
	if _, ok := x.(starlark.Callable); ok || x.Type() == "module" || x.Type() == "type" {
		return x, nil // functions, classes and modules are copied as themselves
	}
	return nil, py.Errorf("TypeError", "ORM Lab cannot copy '%s' objects", py.TypeName(x))
}
