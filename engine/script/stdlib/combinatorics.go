package stdlib

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// The combinatoric iterators read their inputs at once, as CPython does,
// and yield tuples one at a time from a vector of indices.

func itertools_product(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	repeat := 1
	for _, kv := range kwargs {
		n, ok := kv[1].(starlark.Int)
		r, exact := n.Int64()
		if string(kv[0].(starlark.String)) != "repeat" || !ok || !exact {
			return nil, py.Errorf("TypeError", "product() got an unexpected keyword argument '%s'", kv[0].(starlark.String))
		}
		if r < 0 {
			return nil, py.Errorf("ValueError", "repeat argument cannot be negative")
		}
		repeat = int(r)
	}
	var pools [][]starlark.Value
	for _, a := range args {
		items, err := elements(thread, a)
		if err != nil {
			return nil, err
		}
		pools = append(pools, items)
	}
	var all [][]starlark.Value
	for i := 0; i < repeat; i++ {
		all = append(all, pools...)
	}
	return newLazy("product", productSteps(all)), nil
}

func productSteps(pools [][]starlark.Value) func() (starlark.Value, bool, error) {
	idx := make([]int, len(pools))
	first, done := true, false
	for _, p := range pools {
		done = done || len(p) == 0
	}
	return func() (starlark.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		if !first {
			i := len(idx) - 1
			for ; i >= 0; i-- {
				if idx[i]++; idx[i] < len(pools[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				done = true
				return nil, false, nil
			}
		}
		first = false
		row := make(starlark.Tuple, len(idx))
		for i, j := range idx {
			row[i] = pools[i][j]
		}
		return row, true, nil
	}
}

func itertools_permutations(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable, rv starlark.Value = nil, starlark.None
	if err := starlark.UnpackArgs("permutations", args, kwargs, "iterable", &iterable, "r?", &rv); err != nil {
		return nil, err
	}
	pool, err := elements(thread, iterable)
	if err != nil {
		return nil, err
	}
	r := len(pool)
	if rv != starlark.None {
		if r, err = starlark.AsInt32(rv); err != nil {
			return nil, py.Errorf("TypeError", "Expected int as r")
		}
		if r < 0 {
			return nil, py.Errorf("ValueError", "r must be non-negative")
		}
	}
	return newLazy("permutations", permutationSteps(pool, r)), nil
}

// permutationSteps yields r-length arrangements in lexicographic order of
// positions: the next one increases the rightmost index that can take a
// larger unused position.
func permutationSteps(pool []starlark.Value, r int) func() (starlark.Value, bool, error) {
	n := len(pool)
	idx := make([]int, r)
	for i := range idx {
		idx[i] = i
	}
	first, done := true, r > n
	return func() (starlark.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		if !first && !advancePermutation(idx, n) {
			done = true
			return nil, false, nil
		}
		first = false
		return pick(pool, idx), true, nil
	}
}

func advancePermutation(idx []int, n int) bool {
	used := make([]bool, n)
	for _, j := range idx {
		used[j] = true
	}
	for i := len(idx) - 1; i >= 0; i-- {
		used[idx[i]] = false
		for c := idx[i] + 1; c < n; c++ {
			if !used[c] {
				idx[i] = c
				used[c] = true
				fillSmallestUnused(idx[i+1:], used)
				return true
			}
		}
	}
	return false
}

func fillSmallestUnused(rest []int, used []bool) {
	c := 0
	for k := range rest {
		for used[c] {
			c++
		}
		rest[k] = c
		used[c] = true
	}
}

func pick(pool []starlark.Value, idx []int) starlark.Tuple {
	row := make(starlark.Tuple, len(idx))
	for i, j := range idx {
		row[i] = pool[j]
	}
	return row
}

// combinatoric makes combinations and combinations_with_replacement.
func combinatoric(name string, replace bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var iterable starlark.Value
		var r int
		if err := starlark.UnpackArgs(name, args, kwargs, "iterable", &iterable, "r", &r); err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, py.Errorf("ValueError", "r must be non-negative")
		}
		pool, err := elements(thread, iterable)
		if err != nil {
			return nil, err
		}
		return newLazy(name, combinationSteps(pool, r, replace)), nil
	}
}

func combinationSteps(pool []starlark.Value, r int, replace bool) func() (starlark.Value, bool, error) {
	n := len(pool)
	idx := make([]int, r)
	for i := range idx {
		if !replace {
			idx[i] = i
		}
	}
	first := true
	done := (!replace && r > n) || (replace && n == 0 && r > 0)
	return func() (starlark.Value, bool, error) {
		if done {
			return nil, false, nil
		}
		if !first && !advanceCombination(idx, n, replace) {
			done = true
			return nil, false, nil
		}
		first = false
		return pick(pool, idx), true, nil
	}
}

func advanceCombination(idx []int, n int, replace bool) bool {
	r := len(idx)
	for i := r - 1; i >= 0; i-- {
		limit := n - 1
		if !replace {
			limit = i + n - r
		}
		if idx[i] < limit {
			idx[i]++
			for j := i + 1; j < r; j++ {
				if replace {
					idx[j] = idx[i]
				} else {
					idx[j] = idx[j-1] + 1
				}
			}
			return true
		}
	}
	return false
}
