package script

import (
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

// methodOverrides are the methods that Python's str, list and dict have
// and Starlark's lack or define differently, keyed by Starlark type and
// method name: pythonAttr finds them before the value's own.
var methodOverrides = map[string]map[string]*starlark.Builtin{
	"string": {
		"format":  starlark.NewBuiltin("format", string_format),
		"ljust":   starlark.NewBuiltin("ljust", string_ljust),
		"rjust":   starlark.NewBuiltin("rjust", string_rjust),
		"center":  starlark.NewBuiltin("center", string_center),
		"zfill":   starlark.NewBuiltin("zfill", string_zfill),
		"join":    starlark.NewBuiltin("join", string_join),
		"replace": starlark.NewBuiltin("replace", string_replace),
	},
	"list": {
		"sort":    starlark.NewBuiltin("sort", list_sort),
		"reverse": starlark.NewBuiltin("reverse", list_reverse),
		"copy":    starlark.NewBuiltin("copy", list_copy),
		"count":   starlark.NewBuiltin("count", list_count),
		"extend":  starlark.NewBuiltin("extend", list_extend),
	},
	"dict": {
		"copy":   starlark.NewBuiltin("copy", dict_copy),
		"keys":   dictViewMethod("keys"),
		"values": dictViewMethod("values"),
		"items":  dictViewMethod("items"),
	},
}

// pythonAttr is v.name on the Python front end: the override of a
// built-in type's method where there is one, else the value's own.
func pythonAttr(_ *starlark.Thread, v starlark.Value, name string) (starlark.Value, error) {
	if d, ok := v.(stdlib.DictLike); ok {
		if own, err := v.(starlark.HasAttrs).Attr(name); own != nil || err != nil {
			return own, err
		}
		v = d.Dict()
	}
	if m, ok := pythonMethod(v, name); ok {
		return m, nil
	}
	return py.Attr(v, name)
}

func string_format(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := checkText(thread, args); err != nil {
		return nil, err
	}
	s, err := py.StrFormat(string(b.Receiver().(starlark.String)), args, kwargs)
	return starlark.String(s), err
}

// justify reads the width and fill character of ljust, rjust and center
// and returns the receiver and the number of fill characters needed,
// once the result is known to fit in the run's memory.
func justify(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (s string, fill string, pad int, err error) {
	var width int
	fill = " "
	if err = starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &width, &fill); err != nil {
		return
	}
	if utf8.RuneCountInString(fill) != 1 {
		err = py.Errorf("TypeError", "The fill character must be exactly one character long")
		return
	}
	s = string(b.Receiver().(starlark.String))
	pad = max(width-utf8.RuneCountInString(s), 0)
	err = reserve(thread, int64(len(s))+int64(pad)*int64(len(fill)))
	if err != nil {
		pad = 0
	}
	return
}

func string_ljust(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, fill, pad, err := justify(thread, b, args, kwargs)
	return starlark.String(s + strings.Repeat(fill, pad)), err
}

func string_rjust(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, fill, pad, err := justify(thread, b, args, kwargs)
	return starlark.String(strings.Repeat(fill, pad) + s), err
}

// string_center splits the padding as CPython does: the extra character
// of an odd padding goes left only when the width is odd.
func string_center(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, fill, pad, err := justify(thread, b, args, kwargs)
	width := pad + utf8.RuneCountInString(s)
	left := pad/2 + (pad & width & 1)
	return starlark.String(strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)), err
}

func string_zfill(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var width int
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &width); err != nil {
		return nil, err
	}
	s := string(b.Receiver().(starlark.String))
	pad := max(width-utf8.RuneCountInString(s), 0)
	if err := reserve(thread, int64(len(s)+pad)); err != nil {
		return nil, err
	}
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	return starlark.String(sign + strings.Repeat("0", pad) + s), nil
}

// list_sort sorts in place by Starlark's stable sorted.
func list_sort(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, py.Errorf("TypeError", "sort() takes no positional arguments")
	}
	l := b.Receiver().(*starlark.List)
	if err := chargeSort(thread, l.Len()); err != nil {
		return nil, err
	}
	sorted, err := starlark.Call(thread, starlark.Universe["sorted"], starlark.Tuple{l}, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.None, replaceElems(l, listValues(sorted))
}

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

func list_count(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	n := 0
	for _, e := range listValues(b.Receiver()) {
		eq, err := starlark.Equal(e, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

func dict_copy(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	d := b.Receiver().(*starlark.Dict)
	out := starlark.NewDict(d.Len())
	for _, kv := range d.Items() {
		if err := out.SetKey(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// string_join is Starlark's join, once the items are charged to the
// run's steps and the result is known to fit in its memory.
func string_join(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	join, err := py.Attr(b.Receiver(), "join")
	if err != nil || len(args) != 1 {
		return starlark.Call(thread, join, args, kwargs)
	}
	sep := len(b.Receiver().(starlark.String))
	return callMetered(thread, join, args[0], kwargs, func(seq starlark.Sequence) int64 { return joinedSize(sep, seq) })
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

// joinedSize is the length of sep joining the strings of seq.
func joinedSize(sep int, seq starlark.Sequence) int64 {
	n := int64(sep) * int64(max(seq.Len()-1, 0))
	iter := seq.Iterate()
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		if s, ok := x.(starlark.String); ok {
			n += int64(len(s))
		}
	}
	return n
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

// string_replace is Starlark's replace, once the result is known to fit
// in the run's memory: replacing "" by a long string in a long one
// multiplies its size.
func string_replace(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	replace, err := py.Attr(b.Receiver(), "replace")
	if err != nil {
		return nil, err
	}
	if len(args) >= 2 {
		old, _ := starlark.AsString(args[0])
		repl, _ := starlark.AsString(args[1])
		recv := string(b.Receiver().(starlark.String))
		n := int64(strings.Count(recv, old))
		if err := reserve(thread, int64(len(recv))+n*int64(max(len(repl)-len(old), 0))); err != nil {
			return nil, err
		}
	}
	return starlark.Call(thread, replace, args, kwargs)
}
