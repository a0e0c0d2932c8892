package script

import (
	"go.starlark.net/starlark"
	"ormlab/engine/py"
)

// Printing a value, or turning it into text with str() or repr(), walks it
// in Go: a list holding itself twice thirty levels deep prints a billion
// items from a few kilobytes. Before the text is built, checkText walks
// the value as repr would, charging each item to the run's steps and
// adding up the text's size, which must fit in the run's memory.

// itemText is the text an item adds besides its own: separators, quotes.
const itemText = 4

// checkText checks that the text of v fits in the run's steps and memory.
func checkText(thread *starlark.Thread, v starlark.Value) error {
	if !isContainer(v) {
		return nil
	}
	lim := limiterOf(thread)
	if lim == nil {
		return nil
	}
	w := textWalk{thread: thread, lim: lim, left: max(lim.limits.MaxMemory-max(lim.used(), 0), 0)}
	if err := w.walk(v); err != nil {
		return err
	}
	if w.left < 0 {
		err := py.Errorf("LimitExceeded", "memory: the text of this value would take more than the run's memory limit (%s) allows; print a part of it (a slice, a count)", bytesText(lim.limits.MaxMemory))
		Fail(thread, err)
		return err
	}
	return nil
}

// textWalk is one walk of checkText: left is the memory not yet spoken
// for, and path the containers being walked, whose repetition inside
// themselves repr prints as an ellipsis.
type textWalk struct {
	thread *starlark.Thread
	lim    *limiter
	left   int64
	path   []starlark.Value
}

func (w *textWalk) walk(v starlark.Value) error {
	if err := w.lim.charge(w.thread, 1); err != nil {
		return err
	}
	w.left -= itemText + scalarText(v)
	if w.left < 0 || !isContainer(v) || w.inPath(v) {
		return nil
	}
	w.path = append(w.path, v)
	defer func() { w.path = w.path[:len(w.path)-1] }()
	iter := v.(starlark.Iterable).Iterate()
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) && w.left >= 0 {
		if err := w.walk(x); err != nil {
			return err
		}
		if d, ok := v.(*starlark.Dict); ok {
			value, _, _ := d.Get(x)
			if err := w.walk(value); err != nil {
				return err
			}
		}
	}
	return nil
}

func (w *textWalk) inPath(v starlark.Value) bool {
	if _, ok := v.(starlark.Tuple); ok {
		return false // not comparable, and no tuple holds itself
	}
	for _, p := range w.path {
		if p == v {
			return true
		}
	}
	return false
}

// isContainer reports whether v is a list, tuple, dict or set, whose
// items repr prints.
func isContainer(v starlark.Value) bool {
	switch v.(type) {
	case *starlark.List, starlark.Tuple, *starlark.Dict, *starlark.Set:
		return true
	}
	return false
}

// scalarText is about the length of a string's or an integer's text.
func scalarText(v starlark.Value) int64 {
	switch v := v.(type) {
	case starlark.String:
		return int64(len(v))
	case starlark.Bytes:
		return 4 * int64(len(v))
	case starlark.Int:
		return int64(v.BigInt().BitLen()/3 + 1)
	}
	return 0
}
