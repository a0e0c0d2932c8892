package script

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/interp"
)

// meteredMin is the length from which a sequence given to a builtin is
// metered item by item; a shorter one is charged its length at once and
// passed on as it is, so that list(), sorted() and zip() still size their
// result from its length.
const meteredMin = 4096

// metered wraps an iterable given to a Go builtin (list, sorted, max,
// zip, ...) so that each item the builtin takes is charged to the
// thread's steps. It has no length, so that the builtin cannot allocate
// for range(10**9) at once: it grows its result as it goes, within the
// step limit.
type metered struct {
	starlark.Iterable
	thread *starlark.Thread
	lim    *limiter
	cost   uint64 // steps per item
}

var _ starlark.Iterable = metered{}

// Iterate returns an iterator that charges each item and stops, with
// the run failed, past a limit.
func (m metered) Iterate() starlark.Iterator {
	return &meteredIterator{inner: m.Iterable.Iterate(), m: m}
}

type meteredIterator struct {
	inner starlark.Iterator
	m     metered
}

func (it *meteredIterator) Next(p *starlark.Value) bool {
	if it.m.lim.charge(it.m.thread, it.m.cost) != nil {
		return false
	}
	if it.inner.Next(p) {
		return true
	}
	if e, ok := it.inner.(interface{ Err() error }); ok && e.Err() != nil {
		it.m.thread.SetLocal(iterErrorKey, e.Err())
	}
	return false
}

// iterErrorKey holds, on the thread, the error a generator or lazy
// iterator stopped on inside a Go builtin, which Starlark's builtins
// cannot report: the builtin's wrapper takes it (takeIterError) and
// raises it instead of returning a partial result.
const iterErrorKey = "ormlab.iterError"

// takeIterError returns and clears the error an iteration stopped on.
func takeIterError(thread *starlark.Thread) error {
	err, _ := thread.Local(iterErrorKey).(error)
	if err != nil {
		thread.SetLocal(iterErrorKey, nil)
	}
	return err
}

func (it *meteredIterator) Done() { it.inner.Done() }

// meter returns v ready to give to a Go builtin that iterates it at cost
// steps an item: short sequences charged at once, other iterables
// wrapped.
func meter(thread *starlark.Thread, v starlark.Value, cost uint64) (starlark.Value, error) {
	it, ok := v.(starlark.Iterable)
	if !ok {
		return v, nil
	}
	if _, isObject := v.(*interp.Object); isObject {
		// A script's instance has a length only if its class defines
		// __len__; it is iterated through __iter__ either way.
		return metered{it, thread, limiterOf(thread), cost}, nil
	}
	if s, ok := v.(starlark.Sequence); ok && s.Len() < meteredMin {
		return v, charge(thread, uint64(s.Len())*cost)
	}
	return metered{it, thread, limiterOf(thread), cost}, nil
}

// itemCost is the steps a builtin is charged for each item it takes: one,
// and more for set(), whose hash table grows by rehashing every item, work
// that cannot be stopped midway (seconds under wasm at a million items).
func itemCost(builtin string) uint64 {
	if builtin == "set" {
		return 4
	}
	return 1
}

// failure returns the error the run was stopped with, if any, so that a
// builtin whose metered iteration ended early reports it instead of a
// partial result.
func failed(thread *starlark.Thread) error {
	if f, ok := thread.Local(failureKey).(*failure); ok {
		return f.err
	}
	return nil
}
