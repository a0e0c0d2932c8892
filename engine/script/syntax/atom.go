package syntax

// Primaries (attribute access, calls, subscripts) and atoms: names,
// literals, and the bracketed displays and comprehensions.

// primary parses an atom followed by .name, (args) and [slices].
func (p *parser) primary() Expr {
	start := p.tok().pos
	e := p.atom()
	for {
		switch {
		case p.at(".") && isName(p.peek(1)):
			p.advance()
			n := p.name()
			e = &Attribute{Pos: p.span(start), Value: e, Attr: n.text, Ctx: Load}
		case p.at("("):
			e = p.call(e, start)
		case p.at("["):
			p.advance()
			s := p.slices()
			p.expect("]")
			e = &Subscript{Pos: p.span(start), Value: e, Slice: s, Ctx: Load}
		default:
			return e
		}
	}
}

// atom parses a name, a literal or a display.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tName:
		return p.nameAtom(t)
	case tNumber:
		p.advance()
		return &Constant{Pos: t.pos, Value: p.number(t)}
	case tString:
		return p.strings()
	case tOp:
		switch t.text {
		case "(":
			return p.paren()
		case "[":
			return p.list()
		case "{":
			return p.brace()
		case "...":
			p.advance()
			return &Constant{Pos: t.pos, Value: Ellipsis{}}
		}
	}
	p.invalid()
	return nil
}

// nameAtom parses a name or True, False, None.
func (p *parser) nameAtom(t *token) Expr {
	var v any
	switch t.text {
	case "True":
		v = true
	case "False":
		v = false
	case "None":
	default:
		if t.keyword {
			p.invalid()
		}
		p.advance()
		return &Name{Pos: t.pos, Id: t.text, Ctx: Load}
	}
	p.advance()
	return &Constant{Pos: t.pos, Value: v}
}

// paren parses (), a parenthesized expression or yield, a tuple or a
// generator expression.
func (p *parser) paren() Expr {
	start := p.advance().pos
	if p.accept(")") {
		return &Tuple{Pos: p.span(start), Ctx: Load}
	}
	if p.at("yield") {
		y := p.yield()
		p.expect(")")
		p.parenthesized(y)
		return y
	}
	first := p.starNamedExpr()
	if p.atFor() {
		gens := p.comprehension()
		p.expect(")")
		return &GeneratorExp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	if p.accept(")") {
		p.parenthesized(first)
		return first
	}
	elts := p.moreElts(first, ")")
	t := &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
	p.parenthesized(t)
	return t
}

// moreElts parses the rest of a comma-separated display after first, up
// to and including closer.
func (p *parser) moreElts(first Expr, closer string) []Expr {
	elts := []Expr{first}
	p.equalsMeant(first)
	for p.accept(",") && !p.at(closer) {
		e := p.starNamedExpr()
		p.equalsMeant(e)
		elts = append(elts, e)
	}
	p.expect(closer)
	return elts
}

// list parses a list display or comprehension.
func (p *parser) list() Expr {
	start := p.advance().pos
	if p.accept("]") {
		return &List{Pos: p.span(start), Ctx: Load}
	}
	mark := p.compMark()
	first := p.starNamedExpr()
	if p.atFor() {
		gens := p.comprehension()
		p.expect("]")
		c := &ListComp{Pos: p.span(start), Elt: first, Generators: gens}
		p.asyncComp(mark, c, gens)
		return c
	}
	elts := p.moreElts(first, "]")
	return &List{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// brace parses a dict or set display or comprehension.
func (p *parser) brace() Expr {
	start := p.advance().pos
	if p.accept("}") {
		return &Dict{Pos: p.span(start)}
	}
	if p.at("**") {
		return p.dict(start, nil, p.doubleStarred())
	}
	mark := p.compMark()
	first := p.starNamedExpr()
	if p.accept(":") {
		v := p.dictValue()
		if p.atFor() {
			gens := p.comprehension()
			p.expect("}")
			c := &DictComp{Pos: p.span(start), Key: first, Value: v, Generators: gens}
			p.asyncComp(mark, c, gens)
			return c
		}
		return p.dict(start, first, v)
	}
	if p.atFor() {
		gens := p.comprehension()
		p.expect("}")
		c := &SetComp{Pos: p.span(start), Elt: first, Generators: gens}
		p.asyncComp(mark, c, gens)
		return c
	}
	elts := p.moreElts(first, "}")
	return &Set{Pos: p.span(start), Elts: elts}
}

// doubleStarred parses ** bitwise_or inside a dict display.
func (p *parser) doubleStarred() Expr {
	p.advance()
	return p.bitOr()
}

// dict parses the rest of a dict display whose first item is key: value
// (key nil for **value).
func (p *parser) dict(start Pos, key, value Expr) Expr {
	d := &Dict{Keys: []Expr{key}, Values: []Expr{value}}
	for p.accept(",") && !p.at("}") {
		if p.at("**") {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.doubleStarred())
			continue
		}
		p.keyAt = p.pos // a key and a value side by side lack the colon
		k := p.expression()
		p.dictValueColon(k)
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.dictValue())
	}
	p.expect("}")
	d.Pos = p.span(start)
	return d
}

// atFor reports whether a comprehension's for (or async for) starts here.
func (p *parser) atFor() bool {
	return p.at("for") || p.at("async") && p.peek(1).is("for")
}

// comprehension parses one or more for ... in ... if ... clauses.
func (p *parser) comprehension() []*Comprehension {
	var gens []*Comprehension
	for p.atFor() {
		c := &Comprehension{IsAsync: p.accept("async")}
		p.expect("for")
		c.Target = p.starTargets()
		p.expect("in")
		c.Iter = p.disjunction()
		for p.accept("if") {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

// slices parses what is between a subscript's brackets.
func (p *parser) slices() Expr {
	start := p.tok().pos
	first := p.slice()
	if !p.at(",") {
		return first
	}
	elts := []Expr{first}
	for p.accept(",") && !p.at("]") {
		elts = append(elts, p.slice())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// slice parses lower:upper:step or an expression.
func (p *parser) slice() Expr {
	start := p.tok().pos
	if p.at("*") {
		return p.starred(p.bitOr)
	}
	s := &Slice{}
	if !p.at(":") {
		s.Lower = p.namedExpr()
		p.equalsMeant(s.Lower)
		if !p.at(":") {
			return s.Lower
		}
	}
	p.advance()
	if !p.at(":") && !p.at(",") && !p.at("]") {
		s.Upper = p.expression()
	}
	if p.accept(":") && !p.at(",") && !p.at("]") {
		s.Step = p.expression()
	}
	s.Pos = p.span(start)
	return s
}

// dictValueColon expects the colon after the dictionary key k.
func (p *parser) dictValueColon(k Expr) {
	if !p.at(":") && !p.noInvalid {
		e := k.Position()
		p.raiseRaw("SyntaxError", "':' expected after dictionary key", e.EndLine, e.EndCol, 0)
	}
	p.expect(":")
}

// dictValue parses the value after a dictionary key's colon.
func (p *parser) dictValue() Expr {
	if t := p.tok(); (t.is("}") || t.is(",")) && !p.noInvalid {
		p.errorAtTok(p.prev(), "expression expected after dictionary key and ':'")
	}
	if p.at("*") && !p.noInvalid {
		p.errorAt(p.starred(p.bitOr), "cannot use a starred expression in a dictionary value")
	}
	return p.expression()
}

// parenthesized remembers that e was written in parentheses, which
// changes how CPython words some errors about it.
func (p *parser) parenthesized(e Expr) {
	if p.parens == nil {
		p.parens = map[Expr]bool{}
	}
	p.parens[e] = true
}

// compState is what a comprehension's check needs to know of the
// parser before its element is read.
type compState struct {
	awaits  int
	codeErr *Error
}

func (p *parser) compMark() compState { return compState{p.awaits, p.codeErr} }

// asyncComp records CPython's compiler error for a list, set or dict
// comprehension that is asynchronous (async for, or await inside)
// outside an async function; it comes before any error inside it.
func (p *parser) asyncComp(mark compState, c Expr, gens []*Comprehension) {
	async := p.awaits > mark.awaits
	for _, g := range gens {
		async = async || g.IsAsync
	}
	if !async || p.fn != nil && p.fn.async || p.noInvalid {
		return
	}
	if p.symErr == nil && p.codeErr != mark.codeErr {
		p.codeErr = nil
	}
	p.lateError(false, c, "asynchronous comprehension outside of an asynchronous function")
}
