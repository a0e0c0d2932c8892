package template

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// forNode is {% for x in xs %}…{% empty %}…{% endfor %}: Django's ForNode.
type forNode struct {
	loopVars []string
	sequence *filterExpr
	reversed bool
	body     nodeList
	empty    nodeList
}

var loopVarSep = lazyRegexp(` *, *`)

// compileFor is Django's do_for, with its messages.
func compileFor(p *parser, tok token) (node, error) {
	bits := tok.splitContents()
	if len(bits) < 4 {
		return nil, syntaxError("'for' statements should have at least four words: %s", tok.contents)
	}
	n := &forNode{reversed: bits[len(bits)-1] == "reversed"}
	in := len(bits) - 2 - boolInt(n.reversed)
	if bits[in] != "in" {
		return nil, syntaxError("'for' statements should use the format 'for x in y': %s", tok.contents)
	}
	n.loopVars = loopVarSep().Split(strings.Join(bits[1:in], " "), -1)
	for _, v := range n.loopVars {
		if v == "" || strings.ContainsAny(v, ` "'|`) {
			return nil, syntaxError("'for' tag received an invalid argument: %s", tok.contents)
		}
	}
	var err error
	if n.sequence, err = compileFilter(bits[in+1]); err != nil {
		return nil, err
	}
	return n, n.parseBodies(p)
}

// parseBodies parses the loop body and the optional {% empty %} part.
func (n *forNode) parseBodies(p *parser) (err error) {
	if n.body, err = p.parse("empty", "endfor"); err != nil {
		return err
	}
	if p.next().contents == "empty" {
		if n.empty, err = p.parse("endfor"); err != nil {
			return err
		}
		p.next()
	}
	return nil
}

// render is ForNode.render: the sequence is measured with len() first
// (which evaluates a QuerySet: one query, then the loop reads its
// cache), each item bound in a scope of its own with forloop.
func (n *forNode) render(r *renderer) error {
	parent, ok := r.ctx.get("forloop")
	if !ok {
		parent = plain(starlark.NewDict(0))
	}
	r.ctx.push()
	defer r.ctx.pop()
	seq, count, err := r.loopSequence(n.sequence)
	if err != nil {
		return err
	}
	if count == 0 {
		return n.empty.render(r)
	}
	loop := starlark.NewDict(7)
	_ = loop.SetKey(starlark.String("parentloop"), parent.v)
	r.ctx.set("forloop", plain(loop))
	return r.eachItem(seq, count, n.reversed, func(i int, item starlark.Value) error {
		return n.iteration(r, loop, i, count, item)
	})
}

// loopSequence resolves the sequence (a failed lookup is an empty loop)
// and measures it; a value without len() is listed first, as Django's
// list(values).
func (r *renderer) loopSequence(seq *filterExpr) (starlark.Value, int, error) {
	x, err := r.resolveExpr(seq, true)
	if err != nil || x.v == starlark.None {
		return nil, 0, err
	}
	if s, ok := x.v.(starlark.String); ok {
		x.v = py.Chars(s)
	}
	if n, err := length(x.v); err == nil {
		return x.v, n, nil
	}
	items, err := py.Elements(x.v)
	return starlark.Tuple(items), len(items), err
}

// eachItem calls fn with each item of a measured sequence, in reverse
// for {% for ... reversed %}, charging each to the render budget.
func (r *renderer) eachItem(seq starlark.Value, count int, reversed bool, fn func(int, starlark.Value) error) error {
	if reversed {
		return r.eachReversed(seq, count, fn)
	}
	it, err := py.Iterate(seq)
	if err != nil {
		return err
	}
	defer it.Done()
	var item starlark.Value
	for i := 0; i < count && it.Next(&item); i++ {
		if err := r.tickThen(fn, i, item); err != nil {
			return err
		}
	}
	return nil
}

// eachReversed walks an indexable sequence from its end, as Python's
// reversed(); anything else is listed first.
func (r *renderer) eachReversed(seq starlark.Value, count int, fn func(int, starlark.Value) error) error {
	ix, ok := seq.(starlark.Indexable)
	if !ok {
		items, err := py.Elements(seq)
		if err != nil {
			return err
		}
		ix = starlark.Tuple(items)
	}
	for i := 0; i < count && i < ix.Len(); i++ {
		if err := r.tickThen(fn, i, ix.Index(ix.Len()-1-i)); err != nil {
			return err
		}
	}
	return nil
}

func (r *renderer) tickThen(fn func(int, starlark.Value) error, i int, item starlark.Value) error {
	if err := r.tick(); err != nil {
		return err
	}
	return fn(i, item)
}

// iteration renders the body once, with forloop's counters set.
func (n *forNode) iteration(r *renderer, loop *starlark.Dict, i, count int, item starlark.Value) error {
	for _, kv := range []struct {
		k string
		v starlark.Value
	}{
		{"counter0", starlark.MakeInt(i)}, {"counter", starlark.MakeInt(i + 1)},
		{"revcounter", starlark.MakeInt(count - i)}, {"revcounter0", starlark.MakeInt(count - i - 1)},
		{"first", starlark.Bool(i == 0)}, {"last", starlark.Bool(i == count-1)},
	} {
		_ = loop.SetKey(starlark.String(kv.k), kv.v)
	}
	if len(n.loopVars) == 1 {
		r.ctx.set(n.loopVars[0], plain(item))
		return n.body.render(r)
	}
	return n.unpacked(r, item)
}

// unpacked binds several loop variables from one item, in a scope of
// their own, as Django's context.update().
func (n *forNode) unpacked(r *renderer, item starlark.Value) error {
	count, err := length(item)
	if err != nil {
		count = 1
	}
	if count != len(n.loopVars) {
		return py.Errorf("ValueError", "Need %d values to unpack in for loop; got %d. ", len(n.loopVars), count)
	}
	values, err := py.Elements(item)
	if err != nil {
		return err
	}
	s := r.ctx.push()
	defer r.ctx.pop()
	for i, name := range n.loopVars {
		s.set(name, plain(values[i]))
	}
	return n.body.render(r)
}
