package script

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

func list_reverse(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	l := b.Receiver().(*starlark.List)
	elems := listValues(l)
	for i, j := 0, len(elems)-1; i < j; i, j = i+1, j-1 {
		elems[i], elems[j] = elems[j], elems[i]
	}
	return starlark.None, replaceElems(l, elems)
}

func replaceElems(l *starlark.List, elems []starlark.Value) error {
	for i, x := range elems {
		if err := l.SetIndex(i, x); err != nil {
			return err
		}
	}
	return nil
}

func list_copy(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.NewList(listValues(b.Receiver())), nil
}

// list_extend is Starlark's extend, once the result is known to fit in
// the run's memory (l.extend(l) doubles a list in one step) and with the
// items of a long iterable charged to the run's steps.
func list_extend(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	extend, err := py.Attr(b.Receiver(), "extend")
	if err != nil || len(args) != 1 {
		return starlark.Call(thread, extend, args, kwargs)
	}
	have := sizeOf(b.Receiver())
	return callMetered(thread, extend, args[0], kwargs, func(seq starlark.Sequence) int64 { return have + int64(seq.Len())*valueBytes })
}

func list_pop(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	l := b.Receiver().(*starlark.List)
	i := l.Len() - 1
	if err := starlark.UnpackPositionalArgs("pop", args, kwargs, 0, &i); err != nil {
		return nil, err
	}
	if l.Len() == 0 {
		return nil, py.Errorf("IndexError", "pop from empty list")
	}
	if i < 0 {
		i += l.Len()
	}
	if i < 0 || i >= l.Len() {
		return nil, py.Errorf("IndexError", "pop index out of range")
	}
	inner, _ := l.Attr("pop")
	return starlark.Call(thread, inner, starlark.Tuple{starlark.MakeInt(i)}, nil)
}

// sequence_index is list.index, tuple.index and range.index, with the
// message each type's gives.
func sequence_index(typ string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		start, end := 0, 1<<62
		if err := starlark.UnpackPositionalArgs("index", args, kwargs, 1, &x, &start, &end); err != nil {
			return nil, err
		}
		seq := b.Receiver().(starlark.Indexable)
		n := seq.Len()
		start, end = clampIndex(start, n), clampIndex(end, n)
		for i := start; i < end; i++ {
			if eq, err := starlark.Equal(seq.Index(i), x); err != nil || eq {
				return starlark.MakeInt(i), err
			}
		}
		switch typ {
		case "tuple":
			return nil, py.Errorf("ValueError", "tuple.index(x): x not in tuple")
		case "range":
			return nil, py.Errorf("ValueError", "%s is not in range", py.Repr(x))
		}
		return nil, py.Errorf("ValueError", "%s is not in list", py.Repr(x))
	}
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
	}
	return max(0, min(i, n))
}

func sequence_count(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("count", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	seq := b.Receiver().(starlark.Indexable)
	n := 0
	for i := 0; i < seq.Len(); i++ {
		if eq, err := starlark.Equal(seq.Index(i), x); err != nil {
			return nil, err
		} else if eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

// callMetered calls method with the items of arg, an iterable, charged
// to the run's steps, once the result's size (given a sequence) is
// known to fit in the run's memory.
func callMetered(thread *starlark.Thread, method, arg starlark.Value, kwargs []starlark.Tuple, size func(starlark.Sequence) int64) (starlark.Value, error) {
	if seq, ok := arg.(starlark.Sequence); ok {
		if err := reserve(thread, size(seq)); err != nil {
			return nil, err
		}
	}
	items, err := meter(thread, arg, 1)
	if err != nil {
		return nil, err
	}
	res, err := starlark.Call(thread, method, starlark.Tuple{items}, kwargs)
	if stop := failed(thread); stop != nil {
		return nil, stop
	}
	return res, err
}
