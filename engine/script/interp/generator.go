package interp

import (
	"fmt"

	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// Generator is what calling a function that yields returns. Its body
// runs on a goroutine of its own that hands control back and forth with
// the caller, so exactly one of them runs at any time and the run stays
// single-threaded. A generator still suspended when the run ends is
// stopped then, without running its finally clauses.
// See https://docs.python.org/3/reference/expressions.html#generator-iterator-methods
type Generator struct {
	in      *Interp
	fr      *frame
	started bool
	running bool
	done    bool
	resume  chan genMsg
	out     chan genMsg
}

// genMsg passes a value (or an exception to throw, or the end of the
// body) between a generator and its caller.
type genMsg struct {
	v      starlark.Value
	err    error
	done   bool
	panicV any
}

var (
	_ starlark.Iterable = (*Generator)(nil)
	_ starlark.HasAttrs = (*Generator)(nil)
)

// errKilled unwinds a suspended generator when the run ends.
var errKilled = fmt.Errorf("generator stopped at the end of the run")

func (in *Interp) newGenerator(fr *frame) *Generator {
	g := &Generator{in: in, fr: fr}
	fr.gen = g
	return g
}

func (g *Generator) String() string {
	return fmt.Sprintf("<generator object %s at 0x%x>", g.fr.code.qualname, 0x7f2000000000+uint64(len(g.fr.code.qualname))*16)
}
func (g *Generator) Type() string          { return "generator" }
func (g *Generator) Freeze()               {}
func (g *Generator) Truth() starlark.Bool  { return true }
func (g *Generator) Hash() (uint32, error) { return uint32(len(g.fr.code.qualname)), nil }

// PyRepr implements py.Reprer.
func (g *Generator) PyRepr() string { return g.String() }

// Iterate implements starlark.Iterable: a generator is its own iterator.
func (g *Generator) Iterate() starlark.Iterator { return &genIterator{g: g} }

type genIterator struct {
	g   *Generator
	err error
}

func (it *genIterator) Next(p *starlark.Value) bool {
	if it.err != nil {
		return false
	}
	v, err := it.g.send(starlark.None, nil)
	if err != nil {
		it.err = err
		if !it.g.in.isStopIteration(err) {
			it.g.in.defer_(err)
		}
		return false
	}
	*p = v
	return true
}

func (it *genIterator) Done() {}

// send resumes the body with v as the value of its yield expression (or
// throws err at it) and returns what it yields next; StopIteration once
// it returns.
func (g *Generator) send(v starlark.Value, err error) (starlark.Value, error) {
	switch {
	case g.done:
		if err != nil {
			return nil, err
		}
		return nil, g.in.raise("StopIteration", "")
	case g.running:
		return nil, newError("ValueError", "generator already executing")
	case !g.started && v != starlark.None && err == nil:
		return nil, typeErrorf("can't send non-None value to a just-started generator")
	}
	g.running = true
	defer func() { g.running = false }()
	if !g.started {
		if err != nil {
			g.done = true
			return nil, err
		}
		g.start()
	} else {
		g.resume <- genMsg{v: v, err: err}
	}
	return g.receive()
}

// receive waits for the body's next yield or its end.
func (g *Generator) receive() (starlark.Value, error) {
	msg := <-g.out
	if msg.panicV != nil {
		panic(msg.panicV)
	}
	if !msg.done {
		return msg.v, nil
	}
	g.done = true
	if msg.err != nil {
		if g.in.isStopIteration(msg.err) {
			return nil, g.in.raise("RuntimeError", "generator raised StopIteration")
		}
		return nil, msg.err
	}
	stop := g.in.raise("StopIteration", "")
	if msg.v != nil && msg.v != starlark.None {
		stop.Value.args = starlark.Tuple{msg.v}
	}
	return nil, stop
}

// start runs the body on its goroutine up to its first yield.
func (g *Generator) start() {
	g.started = true
	g.resume = make(chan genMsg)
	g.out = make(chan genMsg)
	g.in.gens = append(g.in.gens, g)
	go g.body()
}

func (g *Generator) body() {
	defer func() {
		if p := recover(); p != nil {
			g.out <- genMsg{done: true, panicV: p}
		}
	}()
	v, err := g.in.runFrame(g.fr)
	g.out <- genMsg{v: v, err: err, done: true}
}

// yield hands v to the caller and waits to be resumed: the frame leaves
// the stack while suspended and returns on top of whoever resumes it.
func (g *Generator) yield(v starlark.Value) (starlark.Value, error) {
	in := g.in
	in.pop(g.fr)
	g.out <- genMsg{v: v}
	msg := <-g.resume
	g.fr.back = in.frame
	in.frame = g.fr
	in.depth++
	return msg.v, msg.err
}

// Attr gives send, throw and close, and __next__.
func (g *Generator) Attr(name string) (starlark.Value, error) {
	switch name {
	case "send":
		return starlark.NewBuiltin("send", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			if len(args) != 1 {
				return nil, typeErrorf("generator.send() takes exactly one argument (%d given)", len(args))
			}
			return g.send(args[0], nil)
		}), nil
	case "__next__":
		return starlark.NewBuiltin("__next__", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return g.send(starlark.None, nil)
		}), nil
	case "throw":
		return starlark.NewBuiltin("throw", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			if len(args) < 1 {
				return nil, typeErrorf("throw expected at least 1 argument, got 0")
			}
			exc, err := g.in.toRaise(args[0])
			if err != nil {
				return nil, err
			}
			return g.send(starlark.None, exc)
		}), nil
	case "close":
		return starlark.NewBuiltin("close", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.None, g.close()
		}), nil
	}
	return nil, nil
}

func (g *Generator) AttrNames() []string { return []string{"close", "send", "throw"} }

// close throws GeneratorExit at a suspended body, as Python does.
func (g *Generator) close() error {
	if !g.started || g.done {
		g.done = true
		return nil
	}
	_, err := g.send(starlark.None, g.in.raise("GeneratorExit", ""))
	if err == nil {
		return g.in.raise("RuntimeError", "generator ignored GeneratorExit")
	}
	if g.in.isInstanceError(err, "GeneratorExit") || g.in.isStopIteration(err) {
		return nil
	}
	return err
}

// stopGenerators ends the goroutines of generators still suspended.
func (in *Interp) stopGenerators() {
	for _, g := range in.gens {
		if g.started && !g.done && !g.running {
			g.running = true
			// The body unwinds through its finally clauses, which may yield
			// again: each yield is answered with the same stop.
			for g.resume <- (genMsg{err: errKilled}); !(<-g.out).done; {
				g.resume <- genMsg{err: errKilled}
			}
			g.done = true
		}
	}
	in.gens = nil
}

func (c *compiler) yield(e *syntax.Yield) (exprFn, error) {
	value := func(*frame) (starlark.Value, error) { return starlark.None, nil }
	if e.Value != nil {
		var err error
		if value, err = c.expr(e.Value); err != nil {
			return nil, err
		}
	}
	return func(fr *frame) (starlark.Value, error) {
		v, err := value(fr)
		if err != nil {
			return nil, err
		}
		return fr.gen.yield(v)
	}, nil
}

// yieldFrom yields everything the iterable yields and is the value its
// generator returned.
func (c *compiler) yieldFrom(e *syntax.YieldFrom) (exprFn, error) {
	value, err := c.expr(e.Value)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (starlark.Value, error) {
		v, err := value(fr)
		if err != nil {
			return nil, err
		}
		if sub, ok := v.(*Generator); ok {
			return fr.gen.delegate(sub)
		}
		items, err := fr.in.iterate(v)
		if err != nil {
			return nil, err
		}
		defer items.Done()
		var x starlark.Value
		for items.Next(&x) {
			if _, err := fr.gen.yield(x); err != nil {
				return nil, err
			}
		}
		return starlark.None, fr.in.iterError(items)
	}, nil
}

// delegate runs a sub-generator, passing sent values and thrown
// exceptions through, and returns its return value.
func (g *Generator) delegate(sub *Generator) (starlark.Value, error) {
	var sent starlark.Value = starlark.None
	var thrown error
	for {
		v, err := sub.send(sent, thrown)
		if err != nil {
			if g.in.isStopIteration(err) {
				e := g.in.exception(err)
				if len(e.Value.args) > 0 {
					return e.Value.args[0], nil
				}
				return starlark.None, nil
			}
			return nil, err
		}
		sent, thrown = g.yield(v)
	}
}
