package stdlib

import (
	"go.starlark.net/starlark"
	"sync"

	"ormlab/engine/py"
	"ormlab/engine/script/interp"
)

// abcNames are collections.abc's classes, for isinstance: each knows the
// built-in and lab values of its kind, and a script's instances by the
// special methods they define, as CPython's __subclasshook__ does.
// See https://docs.python.org/3/library/collections.abc.html.
var abcNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"Iterable":        abcType("Iterable", isIterable),
		"Iterator":        abcType("Iterator", isIterator),
		"Generator":       abcType("Generator", func(v starlark.Value) bool { return v.Type() == "generator" }),
		"Sized":           abcType("Sized", isSized),
		"Container":       abcType("Container", isContainer),
		"Collection":      abcType("Collection", func(v starlark.Value) bool { return isSized(v) && isIterable(v) && isContainer(v) }),
		"Hashable":        abcType("Hashable", isHashable),
		"Callable":        abcType("Callable", isCallable),
		"Mapping":         abcType("Mapping", isMapping),
		"MutableMapping":  abcType("MutableMapping", isMapping),
		"Sequence":        abcType("Sequence", isSequence),
		"MutableSequence": abcType("MutableSequence", func(v starlark.Value) bool { return is[*starlark.List](v) || is[*Deque](v) }),
		"Set":             abcType("Set", func(v starlark.Value) bool { return is[*starlark.Set](v) || v.Type() == "frozenset" }),
		"MutableSet":      abcType("MutableSet", is[*starlark.Set]),
	}
})

func abcType(name string, instance func(starlark.Value) bool) *callableWithAttrs {
	return &callableWithAttrs{
		Builtin: builtin(name, func(thread *starlark.Thread, _ *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			return nil, py.Errorf("TypeError", "Can't instantiate abstract class %s", name)
		}),
		repr:     "<class 'collections.abc." + name + "'>",
		instance: instance,
	}
}

// defines reports whether v, a script's instance or another value with
// attributes, has the special method name.
func defines(v starlark.Value, name string) bool {
	if v.Type() == "type" {
		return false
	}
	h, ok := v.(starlark.HasAttrs)
	if !ok {
		return false
	}
	m, err := h.Attr(name)
	return err == nil && m != nil
}

func isIterable(v starlark.Value) bool {
	switch v.(type) {
	case starlark.String, starlark.Bytes:
		return true
	}
	if scriptInstance(v) {
		return defines(v, "__iter__")
	}
	_, ok := v.(starlark.Iterable)
	return ok
}

func isIterator(v starlark.Value) bool {
	switch v.(type) {
	case Nexter:
		return true
	}
	if scriptInstance(v) {
		return defines(v, "__next__") && defines(v, "__iter__")
	}
	return v.Type() == "generator" || v.Type() == "iterator"
}

func isSized(v starlark.Value) bool {
	if scriptInstance(v) {
		return defines(v, "__len__")
	}
	switch v.(type) {
	case starlark.String, starlark.Bytes, starlark.Sequence, starlark.IterableMapping:
		return true
	}
	return false
}

func isContainer(v starlark.Value) bool {
	if scriptInstance(v) {
		return defines(v, "__contains__")
	}
	return isSized(v)
}

func isHashable(v starlark.Value) bool {
	_, err := v.Hash()
	return err == nil
}

func isCallable(v starlark.Value) bool {
	if scriptInstance(v) {
		return defines(v, "__call__")
	}
	_, ok := v.(starlark.Callable)
	return ok
}

func isMapping(v starlark.Value) bool {
	switch v.(type) {
	case *starlark.Dict, DictLike:
		return true
	}
	return false
}

func isSequence(v starlark.Value) bool {
	switch v.(type) {
	case *starlark.List, starlark.Tuple, starlark.String, starlark.Bytes, *Record, *Deque:
		return true
	}
	return v.Type() == "range"
}

// scriptInstance reports whether v is an instance of a script's class,
// whose kinds follow from the special methods its class defines.
func scriptInstance(v starlark.Value) bool {
	_, ok := v.(*interp.Object)
	return ok
}
