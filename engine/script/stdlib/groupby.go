package stdlib

import (
	"go.starlark.net/starlark"
)

// groupby is itertools.groupby: consecutive items with equal keys form a
// group. The groups share the one source, as in CPython, so advancing to
// the next key skips what is left of the current group and leaves its
// grouper empty.
// See https://docs.python.org/3/library/itertools.html#itertools.groupby.
type groupby struct {
	thread          *starlark.Thread
	src             *source
	key             starlark.Value
	currKey, tgtKey starlark.Value
	currValue       starlark.Value
	current         *lazy // the grouper that may still read
}

func itertools_groupby(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	var key starlark.Value = starlark.None
	if err := starlark.UnpackArgs("groupby", args, kwargs, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	src, err := newSource(thread, iterable)
	if err != nil {
		return nil, err
	}
	g := &groupby{thread: thread, src: src, key: key}
	return newLazy("groupby", g.next), nil
}

// step reads the next item and its key; ok is false at the end.
func (g *groupby) step() (bool, error) {
	v, ok, err := g.src.next()
	if !ok || err != nil {
		return false, err
	}
	k := v
	if g.key != starlark.None {
		if k, err = starlark.Call(g.thread, g.key, starlark.Tuple{v}, nil); err != nil {
			return false, err
		}
	}
	g.currValue, g.currKey = v, k
	return true, nil
}

// next skips to the first item whose key differs from the current
// group's and starts a group there.
func (g *groupby) next() (starlark.Value, bool, error) {
	g.current = nil
	for {
		if g.currKey != nil {
			if g.tgtKey == nil {
				break
			}
			eq, err := starlark.Equal(g.tgtKey, g.currKey)
			if err != nil {
				return nil, false, err
			}
			if !eq {
				break
			}
		}
		if ok, err := g.step(); !ok || err != nil {
			return nil, false, err
		}
	}
	g.tgtKey = g.currKey
	grouper := &lazy{name: "_grouper"}
	key := g.tgtKey
	grouper.step = func() (starlark.Value, bool, error) { return g.groupNext(grouper, key) }
	g.current = grouper
	return starlark.Tuple{key, grouper}, true, nil
}

func (g *groupby) groupNext(grouper *lazy, key starlark.Value) (starlark.Value, bool, error) {
	if g.current != grouper {
		return nil, false, nil
	}
	if g.currValue == nil {
		if ok, err := g.step(); !ok || err != nil {
			return nil, false, err
		}
	}
	eq, err := starlark.Equal(key, g.currKey)
	if err != nil || !eq {
		return nil, false, err
	}
	v := g.currValue
	g.currValue = nil
	return v, true, nil
}
