package stdlib

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

const mulToken = syntax.STAR

// Nexter is implemented by this package's iterators: next() advances
// one, and ok is false once it is exhausted. The interpreter's next()
// builtin calls it.
type Nexter interface {
	PyNext() (v starlark.Value, ok bool, err error)
}

// source pulls the items of an iterable one at a time, as Python's
// iterators do: a list or tuple by index, so that the list stays mutable
// and an append shows, and dicts, sets and other sized collections (a
// dict's views, a QuerySet, which Django evaluates whole on iter()) from
// a copy of their items, since Starlark locks a hash table while an
// iterator over it is open.
type source struct {
	seq    starlark.Indexable
	i      int
	it     starlark.Iterator
	err    error
	charge func(uint64) error // the run's step charge, or nil
}

// ChargeKey is the thread-local key under which the runtime keeps its
// step charge, a func(n uint64) error that fails past the run's limits:
// every item an iterator of this package reads is charged, so that
// list(itertools.count()) or max(itertools.cycle("a")) stops at the
// limit rather than running forever in Go.
const ChargeKey = "ormlab.stdlib.charge"

func chargeOf(thread *starlark.Thread) func(uint64) error {
	if thread == nil {
		return nil
	}
	charge, _ := thread.Local(ChargeKey).(func(uint64) error)
	return charge
}

// newSource is iter(v): a TypeError at once when v is not iterable.
func newSource(thread *starlark.Thread, v starlark.Value) (*source, error) {
	s, err := sourceOf(v)
	if s != nil {
		s.charge = chargeOf(thread)
	}
	return s, err
}

func sourceOf(v starlark.Value) (*source, error) {
	switch x := v.(type) {
	case starlark.String:
		return &source{seq: py.Chars(x)}, nil
	case *starlark.List, starlark.Tuple:
		return &source{seq: x.(starlark.Indexable)}, nil
	case starlark.Bytes:
		items, _ := py.Elements(x)
		return &source{seq: starlark.Tuple(items)}, nil
	case starlark.Indexable:
		x.Len() // iter() evaluates a QuerySet now, as Django's __iter__ does
		return &source{seq: x}, nil
	case starlark.Sequence:
		items, err := py.Elements(x)
		if err != nil {
			return nil, err
		}
		return &source{seq: starlark.Tuple(items)}, nil
	}
	it, err := py.Iterate(v)
	if err != nil {
		return nil, err
	}
	return &source{it: it}, nil
}

// next returns the next item, or ok false at the end or on an error.
func (s *source) next() (starlark.Value, bool, error) {
	if s.charge != nil {
		if err := s.charge(1); err != nil {
			return nil, false, err
		}
	}
	if s.seq != nil {
		if s.i >= s.seq.Len() {
			return nil, false, nil
		}
		s.i++
		return s.seq.Index(s.i - 1), true, nil
	}
	if s.it == nil {
		return nil, false, s.err
	}
	var v starlark.Value
	if s.it.Next(&v) {
		return v, true, nil
	}
	if e, ok := s.it.(interface{ Err() error }); ok {
		s.err = e.Err()
	}
	s.it.Done()
	s.it = nil
	return nil, false, s.err
}

// elements is list(v), reporting a generator's error.
func elements(thread *starlark.Thread, v starlark.Value) ([]starlark.Value, error) {
	s, err := newSource(thread, v)
	if err != nil {
		return nil, err
	}
	var out []starlark.Value
	for {
		x, ok, err := s.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

// lazy is an iterator object of this package (itertools.chain, ...):
// step yields its items on demand.
type lazy struct {
	name string
	step func() (starlark.Value, bool, error)
	repr func() string
	done bool
	err  error
}

var (
	_ starlark.Iterable = (*lazy)(nil)
	_ Nexter            = (*lazy)(nil)
	_ py.Reprer         = (*lazy)(nil)
)

func newLazy(name string, step func() (starlark.Value, bool, error)) *lazy {
	return &lazy{name: name, step: step}
}

func (l *lazy) String() string        { return l.PyRepr() }
func (l *lazy) Type() string          { return l.name }
func (l *lazy) Freeze()               {}
func (l *lazy) Truth() starlark.Bool  { return true }
func (l *lazy) Hash() (uint32, error) { return starlark.String(l.name).Hash() }

// PyRepr is CPython's repr without the address, which the lab cannot
// reproduce.
func (l *lazy) PyRepr() string {
	if l.repr != nil {
		return l.repr()
	}
	return "<itertools." + l.name + " object>"
}

// PyNext implements Nexter; an exhausted iterator stays exhausted.
func (l *lazy) PyNext() (starlark.Value, bool, error) {
	if l.done {
		return nil, false, nil
	}
	v, ok, err := l.step()
	if !ok || err != nil {
		l.done = true
	}
	return v, ok && err == nil, err
}

// Iterate implements starlark.Iterable: an iterator iterates itself.
func (l *lazy) Iterate() starlark.Iterator { return &lazyIterator{l: l} }

type lazyIterator struct {
	l   *lazy
	err error
}

func (it *lazyIterator) Next(p *starlark.Value) bool {
	v, ok, err := it.l.PyNext()
	if err != nil {
		it.err = err
	}
	if ok {
		*p = v
	}
	return ok
}

func (it *lazyIterator) Done()      {}
func (it *lazyIterator) Err() error { return it.err }

// NewIterator makes a lazy iterator of the named type (map, zip, ...)
// whose items next yields; ok false ends it. It prints as
// <name object>, CPython's repr without the address.
func NewIterator(name string, next func() (starlark.Value, bool, error)) starlark.Value {
	l := newLazy(name, next)
	l.repr = func() string { return "<" + name + " object>" }
	return l
}

// Pull is iter(v) as a function returning v's next item; a TypeError
// when v is not iterable. Lists are read by index and dicts and sets
// from a copy of their keys, as for the itertools.
func Pull(thread *starlark.Thread, v starlark.Value) (func() (starlark.Value, bool, error), error) {
	s, err := newSource(thread, v)
	if err != nil {
		return nil, err
	}
	return s.next, nil
}

// Elements is list(v), reporting the error a generator stopped on.
func Elements(thread *starlark.Thread, v starlark.Value) ([]starlark.Value, error) {
	return elements(thread, v)
}
