package interp

import (
	"go.starlark.net/starlark"
	starsyntax "go.starlark.net/syntax"

	"ormlab/engine/script/syntax"
)

// The match statement: the subject is evaluated once and tried against
// each case's pattern in order; a pattern binds its capture names as it
// matches, then the guard decides.
// See https://docs.python.org/3/reference/compound_stmts.html#the-match-statement

type matchFn func(fr *frame, v starlark.Value) (bool, error)

type matchCase struct {
	pattern matchFn
	guard   exprFn
	body    []stmtFn
}

func (c *compiler) matchStmt(s *syntax.Match) (stmtFn, error) {
	subject, err := c.expr(s.Subject)
	if err != nil {
		return nil, err
	}
	cases := make([]matchCase, len(s.Cases))
	for i, mc := range s.Cases {
		if cases[i].pattern, err = c.pattern(mc.Pattern); err != nil {
			return nil, err
		}
		if mc.Guard != nil {
			if cases[i].guard, err = c.expr(mc.Guard); err != nil {
				return nil, err
			}
		}
		if cases[i].body, err = c.block(mc.Body); err != nil {
			return nil, err
		}
	}
	return func(fr *frame) (ctl, error) {
		v, err := subject(fr)
		if err != nil {
			return next, err
		}
		for _, mc := range cases {
			ok, err := mc.pattern(fr, v)
			if err == nil && ok && mc.guard != nil {
				var g starlark.Value
				if g, err = mc.guard(fr); err == nil {
					ok, err = fr.in.truth(g)
				}
			}
			if err != nil {
				return next, err
			}
			if ok {
				return runBlock(fr, mc.body)
			}
		}
		return next, nil
	}, nil
}

func (c *compiler) pattern(p syntax.Pattern) (matchFn, error) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		value, err := c.expr(p.Value)
		if err != nil {
			return nil, err
		}
		return func(fr *frame, v starlark.Value) (bool, error) {
			want, err := value(fr)
			if err != nil {
				return false, err
			}
			eq, err := fr.in.compare(starsyntax.EQL, v, want)
			if err != nil {
				return false, err
			}
			return fr.in.truth(eq)
		}, nil
	case *syntax.MatchSingleton:
		want := constant(p.Value)
		return func(_ *frame, v starlark.Value) (bool, error) { return v == want, nil }, nil
	case *syntax.MatchAs:
		return c.matchAs(p)
	case *syntax.MatchOr:
		return c.matchOr(p)
	case *syntax.MatchSequence:
		return c.matchSequence(p)
	case *syntax.MatchMapping:
		return c.matchMapping(p)
	case *syntax.MatchClass:
		return c.matchClass(p)
	}
	return nil, c.unsupported(p, "this pattern")
}

func (c *compiler) matchAs(p *syntax.MatchAs) (matchFn, error) {
	var inner matchFn
	if p.Pattern != nil {
		var err error
		if inner, err = c.pattern(p.Pattern); err != nil {
			return nil, err
		}
	}
	var store assignFn
	if p.Name != "" {
		store = c.storeName(p.Name)
	}
	return func(fr *frame, v starlark.Value) (bool, error) {
		if inner != nil {
			if ok, err := inner(fr, v); !ok || err != nil {
				return ok, err
			}
		}
		if store != nil {
			return true, store(fr, v)
		}
		return true, nil
	}, nil
}

func (c *compiler) matchOr(p *syntax.MatchOr) (matchFn, error) {
	alts, err := c.patterns(p.Patterns)
	if err != nil {
		return nil, err
	}
	return func(fr *frame, v starlark.Value) (bool, error) {
		for _, alt := range alts {
			if ok, err := alt(fr, v); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}, nil
}

func (c *compiler) patterns(list []syntax.Pattern) ([]matchFn, error) {
	out := make([]matchFn, len(list))
	for i, p := range list {
		var err error
		if out[i], err = c.pattern(p); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// matchSequence matches a list, tuple or range (not a string) item by
// item, a *rest taking what the others leave.
func (c *compiler) matchSequence(p *syntax.MatchSequence) (matchFn, error) {
	star := -1
	var starStore assignFn
	subs := make([]matchFn, 0, len(p.Patterns))
	for i, q := range p.Patterns {
		if s, ok := q.(*syntax.MatchStar); ok {
			star = i
			if s.Name != "" {
				starStore = c.storeName(s.Name)
			}
			continue
		}
		m, err := c.pattern(q)
		if err != nil {
			return nil, err
		}
		subs = append(subs, m)
	}
	return func(fr *frame, v starlark.Value) (bool, error) {
		items, ok, err := sequenceItems(fr.in, v)
		if !ok || err != nil {
			return false, err
		}
		if (star < 0 && len(items) != len(subs)) || len(items) < len(subs) {
			return false, nil
		}
		rest := len(items) - len(subs)
		for i, m := range subs {
			j := i
			if star >= 0 && i >= star {
				j = i + rest
			}
			if ok, err := m(fr, items[j]); !ok || err != nil {
				return ok, err
			}
		}
		if starStore != nil {
			return true, starStore(fr, starlark.NewList(append([]starlark.Value(nil), items[star:star+rest]...)))
		}
		return true, nil
	}, nil
}

// sequenceItems is the items of a value a sequence pattern may match.
func sequenceItems(in *Interp, v starlark.Value) ([]starlark.Value, bool, error) {
	switch v.(type) {
	case *starlark.List, starlark.Tuple:
	case *Object:
		return nil, false, nil
	default:
		if _, ok := v.(starlark.Indexable); !ok || typeName(v) == "str" {
			return nil, false, nil
		}
		if _, isStr := v.(starlark.String); isStr {
			return nil, false, nil
		}
	}
	items, err := in.collect(v)
	return items, err == nil, err
}

func (c *compiler) matchMapping(p *syntax.MatchMapping) (matchFn, error) {
	keys, err := c.exprs(p.Keys)
	if err != nil {
		return nil, err
	}
	subs, err := c.patterns(p.Patterns)
	if err != nil {
		return nil, err
	}
	var rest assignFn
	if p.Rest != "" {
		rest = c.storeName(p.Rest)
	}
	return func(fr *frame, v starlark.Value) (bool, error) {
		m, ok := v.(starlark.IterableMapping)
		if !ok {
			return false, nil
		}
		used := map[starlark.Value]bool{}
		for i, key := range keys {
			k, err := key(fr)
			if err != nil {
				return false, err
			}
			x, found, err := m.Get(k)
			if err != nil || !found {
				return false, err
			}
			used[k] = true
			if ok, err := subs[i](fr, x); !ok || err != nil {
				return ok, err
			}
		}
		if rest == nil {
			return true, nil
		}
		d := starlark.NewDict(0)
		for _, kv := range m.Items() {
			if !used[kv[0]] {
				_ = d.SetKey(kv[0], kv[1])
			}
		}
		return true, rest(fr, d)
	}, nil
}

// matchClass is Cls(p1, p2, attr=p3): an instance check, then positional
// patterns through __match_args__ (or the value itself for a built-in
// type), then attributes.
func (c *compiler) matchClass(p *syntax.MatchClass) (matchFn, error) {
	cls, err := c.expr(p.Cls)
	if err != nil {
		return nil, err
	}
	pos, err := c.patterns(p.Patterns)
	if err != nil {
		return nil, err
	}
	kw, err := c.patterns(p.KwdPatterns)
	if err != nil {
		return nil, err
	}
	attrs := p.KwdAttrs
	return func(fr *frame, v starlark.Value) (bool, error) {
		k, err := cls(fr)
		if err != nil {
			return false, err
		}
		if ok, err := isInstance(v, k); !ok || err != nil {
			if err != nil {
				return false, typeErrorf("called match pattern must be a class")
			}
			return false, nil
		}
		names, err := fr.in.matchArgs(k, v, len(pos))
		if err != nil {
			return false, err
		}
		for i, m := range pos {
			if ok, err := fr.in.matchAttr(fr, v, names[i], m); !ok || err != nil {
				return ok, err
			}
		}
		for i, m := range kw {
			if ok, err := fr.in.matchAttr(fr, v, attrs[i], m); !ok || err != nil {
				return ok, err
			}
		}
		return true, nil
	}, nil
}

// matchArgs names the attributes n positional sub-patterns match: "" for
// the value itself of a built-in type.
func (in *Interp) matchArgs(k, v starlark.Value, n int) ([]string, error) {
	if n == 0 {
		return nil, nil
	}
	c, ok := k.(*Class)
	if !ok {
		if n > 1 {
			return nil, typeErrorf("%s() accepts 1 positional sub-pattern (%d given)", calleeName(k), n)
		}
		return []string{""}, nil
	}
	ma, _ := c.lookup("__match_args__")
	t, _ := ma.(starlark.Tuple)
	if len(t) < n {
		return nil, typeErrorf("%s() accepts %d positional sub-pattern%s (%d given)", c.name, len(t), plural(len(t)), n)
	}
	names := make([]string, n)
	for i := range names {
		s, _ := t[i].(starlark.String)
		names[i] = string(s)
	}
	return names, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (in *Interp) matchAttr(fr *frame, v starlark.Value, name string, m matchFn) (bool, error) {
	if name == "" {
		return m(fr, v)
	}
	x, err := in.getAttr(v, name)
	if err != nil {
		if in.isInstanceError(err, "AttributeError") {
			return false, nil
		}
		return false, err
	}
	return m(fr, x)
}
