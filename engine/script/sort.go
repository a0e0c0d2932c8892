package script

import (
	"sort"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

// insertionMax is the length up to which a sort is a binary insertion
// sort, as CPython's is for short runs: it asks "later < earlier", so
// that a failed comparison names the two types in CPython's order.
const insertionMax = 64

// pySort sorts items stably by key (None: the items themselves), in
// reverse when asked (reversing before and after, so that equal items
// keep their order, as CPython does).
func pySort(thread *starlark.Thread, items []starlark.Value, key starlark.Value, reverse bool) ([]starlark.Value, error) {
	if err := chargeSort(thread, len(items)); err != nil {
		return nil, err
	}
	keys := items
	if key != nil && key != starlark.None {
		keys = make([]starlark.Value, len(items))
		for i, v := range items {
			k, err := starlark.Call(thread, key, starlark.Tuple{v}, nil)
			if err != nil {
				return nil, err
			}
			keys[i] = k
		}
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	if reverse {
		reverseInts(order)
	}
	var err error
	if len(order) <= insertionMax {
		err = insertionSort(order, keys)
	} else {
		err = mergeSort(order, keys)
	}
	if err != nil {
		return nil, err
	}
	if reverse {
		reverseInts(order)
	}
	out := make([]starlark.Value, len(items))
	for i, j := range order {
		out[i] = items[j]
	}
	return out, nil
}

func reverseInts(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// less is keys[a] < keys[b], with CPython's TypeError when they cannot
// be ordered.
func less(keys []starlark.Value, a, b int) (bool, error) {
	lt, err := starlark.Compare(syntax.LT, keys[a], keys[b])
	if err != nil {
		return false, compareError(syntax.LT, keys[a], keys[b], err)
	}
	return lt, nil
}

func insertionSort(order []int, keys []starlark.Value) error {
	for i := 1; i < len(order); i++ {
		pivot := order[i]
		lo, hi := 0, i
		for lo < hi {
			mid := (lo + hi) / 2
			lt, err := less(keys, pivot, order[mid])
			if err != nil {
				return err
			}
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(order[lo+1:i+1], order[lo:i])
		order[lo] = pivot
	}
	return nil
}

func mergeSort(order []int, keys []starlark.Value) error {
	var err error
	sort.SliceStable(order, func(i, j int) bool {
		if err != nil {
			return false
		}
		lt, e := less(keys, order[i], order[j])
		err = e
		return lt
	})
	return err
}

// sortArgs reads sort's and sorted's keyword-only key and reverse.
func sortArgs(name string, kwargs []starlark.Tuple) (key starlark.Value, reverse bool, err error) {
	key = starlark.None
	for _, kv := range kwargs {
		switch string(kv[0].(starlark.String)) {
		case "key":
			key = kv[1]
		case "reverse":
			reverse = bool(kv[1].Truth())
		default:
			return nil, false, py.Errorf("TypeError", "%s() got an unexpected keyword argument '%s'", name, kv[0].(starlark.String))
		}
	}
	return key, reverse, nil
}

func builtin_sorted(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Errorf("TypeError", "sorted expected 1 argument, got %d", len(args))
	}
	key, reverse, err := sortArgs("sort", kwargs)
	if err != nil {
		return nil, err
	}
	items, err := stdlib.Elements(thread, args[0])
	if err != nil {
		return nil, err
	}
	out, err := pySort(thread, items, key, reverse)
	if err != nil {
		return nil, err
	}
	return starlark.NewList(out), nil
}

// list_sort is list.sort(key=None, reverse=False), in place.
func list_sort(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, py.Errorf("TypeError", "sort() takes no positional arguments")
	}
	key, reverse, err := sortArgs("sort", kwargs)
	if err != nil {
		return nil, err
	}
	l := b.Receiver().(*starlark.List)
	out, err := pySort(thread, listValues(l), key, reverse)
	if err != nil {
		return nil, err
	}
	for i, v := range out {
		if err := l.SetIndex(i, v); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}
