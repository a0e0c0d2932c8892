package interp

import (
	"fmt"

	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// A comprehension runs in a scope of its own, like a function called at
// once: its first iterable is evaluated where it is written, everything
// else in its frame. List, set and dict comprehensions run to the end at
// once; a generator expression yields one value per next(), so that
// any(... for b in books) stops at the first true one.

type clause struct {
	iter  exprFn // nil for the first, evaluated outside
	store assignFn
	ifs   []exprFn
}

type compCode struct {
	code     *code
	first    exprFn
	clauses  []clause
	elt      exprFn // the element, or a dict comprehension's key
	value    exprFn // a dict comprehension's value
	captures []int
}

func (c *compiler) compCode(n syntax.Expr, gens []*syntax.Comprehension, elts ...syntax.Expr) (*compCode, error) {
	first, err := c.expr(gens[0].Iter)
	if err != nil {
		return nil, err
	}
	s := c.scopes[n]
	cc := &compCode{first: first, captures: make([]int, len(s.frees))}
	for i, name := range s.frees {
		cc.captures[i] = c.scope.slots[name] - c.scope.nlocal
	}
	outer := c.scope
	c.scope = s
	defer func() { c.scope = outer }()
	for i, g := range gens {
		if g.IsAsync {
			return nil, c.unsupported(n, "async comprehension")
		}
		var cl clause
		if i > 0 {
			if cl.iter, err = c.expr(g.Iter); err != nil {
				return nil, err
			}
		}
		if cl.store, err = c.target(g.Target); err != nil {
			return nil, err
		}
		if cl.ifs, err = c.exprs(g.Ifs); err != nil {
			return nil, err
		}
		cc.clauses = append(cc.clauses, cl)
	}
	if cc.elt, err = c.expr(elts[0]); err != nil {
		return nil, err
	}
	if len(elts) > 1 {
		if cc.value, err = c.expr(elts[1]); err != nil {
			return nil, err
		}
	}
	cc.code = &code{name: "<comprehension>", qualname: c.qual + "<comprehension>", scope: s, line: n.Position().Line}
	return cc, nil
}

// frame makes the comprehension's frame inside fr.
func (cc *compCode) frame(fr *frame) *frame {
	s := cc.code.scope
	f := &frame{in: fr.in, code: cc.code, globals: fr.globals, locals: make([]starlark.Value, s.nlocal), line: fr.line}
	if n := len(s.cells) + len(s.frees); n > 0 {
		f.cells = make([]*cell, n)
		for i := range s.cells {
			f.cells[i] = &cell{}
		}
		for i, slot := range cc.captures {
			f.cells[len(s.cells)+i] = fr.cells[slot]
		}
	}
	return f
}

func (c *compiler) comprehension(e syntax.Expr) (exprFn, error) {
	var cc *compCode
	var err error
	kind := e
	switch e := e.(type) {
	case *syntax.ListComp:
		cc, err = c.compCode(e, e.Generators, e.Elt)
	case *syntax.SetComp:
		cc, err = c.compCode(e, e.Generators, e.Elt)
	case *syntax.DictComp:
		cc, err = c.compCode(e, e.Generators, e.Key, e.Value)
	}
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (starlark.Value, error) {
		first, err := cc.first(fr)
		if err != nil {
			return nil, err
		}
		cf := cc.frame(fr)
		var out collector
		switch kind.(type) {
		case *syntax.ListComp:
			out = &listCollector{}
		case *syntax.SetComp:
			out = &setCollector{s: starlark.NewSet(0)}
		default:
			out = &dictCollector{d: starlark.NewDict(0)}
		}
		if err := cc.run(cf, 0, first, out); err != nil {
			return nil, err
		}
		return out.value(), nil
	}, nil
}

// collector gathers what an eager comprehension produces.
type collector interface {
	add(cf *frame, cc *compCode) error
	value() starlark.Value
}

type listCollector struct{ items []starlark.Value }

func (l *listCollector) add(cf *frame, cc *compCode) error {
	v, err := cc.elt(cf)
	l.items = append(l.items, v)
	return err
}
func (l *listCollector) value() starlark.Value { return starlark.NewList(l.items) }

type setCollector struct{ s *starlark.Set }

func (s *setCollector) add(cf *frame, cc *compCode) error {
	v, err := cc.elt(cf)
	if err != nil {
		return err
	}
	return s.s.Insert(v)
}
func (s *setCollector) value() starlark.Value { return s.s }

type dictCollector struct{ d *starlark.Dict }

func (d *dictCollector) add(cf *frame, cc *compCode) error {
	k, err := cc.elt(cf)
	if err != nil {
		return err
	}
	v, err := cc.value(cf)
	if err != nil {
		return err
	}
	return d.d.SetKey(k, v)
}
func (d *dictCollector) value() starlark.Value { return d.d }

// run loops clause i over seq, going deeper for each item that passes
// the clause's conditions.
func (cc *compCode) run(cf *frame, i int, seq starlark.Value, out collector) error {
	in := cf.in
	it, err := in.iterate(seq)
	if err != nil {
		return err
	}
	defer it.Done()
	cl := &cc.clauses[i]
	var x starlark.Value
	for it.Next(&x) {
		if err := in.step(); err != nil {
			return err
		}
		ok, err := cc.enter(cf, cl, x)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if i+1 == len(cc.clauses) {
			err = out.add(cf, cc)
		} else {
			err = cc.deeper(cf, i+1, out)
		}
		if err != nil {
			return err
		}
	}
	return in.iterError(it)
}

func (cc *compCode) deeper(cf *frame, i int, out collector) error {
	seq, err := cc.clauses[i].iter(cf)
	if err != nil {
		return err
	}
	return cc.run(cf, i, seq, out)
}

// enter binds an item to a clause's target and tests its conditions.
func (cc *compCode) enter(cf *frame, cl *clause, x starlark.Value) (bool, error) {
	if err := cl.store(cf, x); err != nil {
		return false, err
	}
	for _, cond := range cl.ifs {
		v, err := cond(cf)
		if err != nil {
			return false, err
		}
		if ok, err := cf.in.truth(v); err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (c *compiler) generatorExp(e *syntax.GeneratorExp) (exprFn, error) {
	cc, err := c.compCode(e, e.Generators, e.Elt)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (starlark.Value, error) {
		first, err := cc.first(fr)
		if err != nil {
			return nil, err
		}
		it, err := fr.in.iterate(first)
		if err != nil {
			return nil, err
		}
		return &GenExp{cc: cc, cf: cc.frame(fr), its: []starlark.Iterator{it}}, nil
	}, nil
}

// GenExp is a generator expression: it computes one value per step, as
// the consumer asks.
type GenExp struct {
	cc   *compCode
	cf   *frame
	its  []starlark.Iterator // one per clause entered
	done bool
}

var _ starlark.Iterable = (*GenExp)(nil)

func (g *GenExp) String() string {
	return fmt.Sprintf("<generator object %s at 0x7f3000000000>", "<genexpr>")
}
func (g *GenExp) Type() string          { return "generator" }
func (g *GenExp) Freeze()               {}
func (g *GenExp) Truth() starlark.Bool  { return true }
func (g *GenExp) Hash() (uint32, error) { return 0x6e6e, nil }

// PyRepr implements py.Reprer.
func (g *GenExp) PyRepr() string { return g.String() }

// Iterate implements starlark.Iterable: like any generator it is its own
// iterator, exhausted once.
func (g *GenExp) Iterate() starlark.Iterator { return genExpIterator{g} }

type genExpIterator struct{ g *GenExp }

func (it genExpIterator) Next(p *starlark.Value) bool {
	v, ok := it.g.advance()
	if ok {
		*p = v
	}
	return ok
}
func (it genExpIterator) Done() {}

// next is next(g).
func (g *GenExp) next() (starlark.Value, error) {
	v, ok := g.advance()
	if ok {
		return v, nil
	}
	if err := g.cf.in.takePending(); err != nil {
		return nil, err
	}
	return nil, g.cf.in.raise("StopIteration", "")
}

// advance produces the next value, entering and leaving the clauses'
// loops as a nested for would.
func (g *GenExp) advance() (starlark.Value, bool) {
	if g.done {
		return nil, false
	}
	in := g.cf.in
	for len(g.its) > 0 {
		if err := in.step(); err != nil {
			return g.stop(err)
		}
		i := len(g.its) - 1
		var x starlark.Value
		if !g.its[i].Next(&x) {
			if err := in.iterError(g.its[i]); err != nil {
				return g.stop(err)
			}
			g.its[i].Done()
			g.its = g.its[:i]
			continue
		}
		ok, err := g.cc.enter(g.cf, &g.cc.clauses[i], x)
		if err != nil {
			return g.stop(err)
		}
		if !ok {
			continue
		}
		if i+1 == len(g.cc.clauses) {
			v, err := g.cc.elt(g.cf)
			if err != nil {
				return g.stop(err)
			}
			return v, true
		}
		if err := g.push(i + 1); err != nil {
			return g.stop(err)
		}
	}
	g.done = true
	return nil, false
}

func (g *GenExp) push(i int) error {
	seq, err := g.cc.clauses[i].iter(g.cf)
	if err != nil {
		return err
	}
	it, err := g.cf.in.iterate(seq)
	if err != nil {
		return err
	}
	g.its = append(g.its, it)
	return nil
}

func (g *GenExp) stop(err error) (starlark.Value, bool) {
	g.cf.in.defer_(err)
	g.done = true
	for _, it := range g.its {
		it.Done()
	}
	g.its = nil
	return nil, false
}
