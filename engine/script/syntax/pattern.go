package syntax

// The match statement and its patterns. "match" and "case" are soft
// keywords: the parser first tries to read a match statement and reads
// a plain statement if that fails; "_" is a wildcard only in patterns.

// matchHead parses match subject: NEWLINE, the part that tells a match
// statement from an expression using the name match.
func (p *parser) matchHead(t *token) *Match {
	p.advance()
	start := p.tok().pos
	first := p.starNamedExpr()
	subject := first
	if p.at(",") {
		elts := []Expr{first}
		for p.accept(",") && !p.at(":") {
			elts = append(elts, p.starNamedExpr())
		}
		subject = &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
	}
	p.expect(":")
	if p.tok().kind != tNewline {
		p.invalid()
	}
	return &Match{Subject: subject}
}

// matchCases parses the case blocks of s, whose match is at t.
func (p *parser) matchCases(t *token, s *Match) {
	p.advance()
	if i := p.tok(); i.kind != tIndent {
		p.raiseAt("IndentationError", "expected an indented block after 'match' statement on line "+itoa(t.pos.Line), i)
	}
	p.advance()
	for p.tok().kind != tDedent && p.tok().kind != tEOF {
		c := p.tok()
		if !c.is("case") {
			p.invalid()
		}
		s.Cases = append(s.Cases, p.caseBlock(c))
	}
	p.advance()
	s.Pos = p.endOf(t.pos)
	for _, c := range s.Cases[:len(s.Cases)-1] {
		if as, ok := c.Pattern.(*MatchAs); ok && as.Pattern == nil && c.Guard == nil {
			msg := "wildcard makes remaining patterns unreachable"
			if as.Name != "" {
				msg = "name capture '" + as.Name + "' makes remaining patterns unreachable"
			}
			p.lateError(false, as, msg)
		}
	}
}

// caseBlock parses case patterns [if guard]: block.
func (p *parser) caseBlock(c *token) *MatchCase {
	p.advance()
	mc := &MatchCase{Pattern: p.patterns()}
	if p.accept("if") {
		mc.Guard = p.namedExpr()
	}
	mc.Body = p.colonBlock("'case' statement", c)
	return mc
}

// patterns parses a case's pattern; a comma makes a sequence pattern.
func (p *parser) patterns() Pattern {
	start := p.tok().pos
	first := p.maybeStarPattern()
	if !p.at(",") {
		if _, star := first.(*MatchStar); star {
			p.invalid()
		}
		return first
	}
	pats := []Pattern{first}
	for p.accept(",") && !p.at(":") && !p.at("if") {
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.span(start), Patterns: pats}
}

// maybeStarPattern parses *name or a pattern.
func (p *parser) maybeStarPattern() Pattern {
	if !p.at("*") {
		return p.pattern()
	}
	start := p.advance().pos
	n := p.name()
	s := &MatchStar{Pos: p.span(start)}
	if n.text != "_" {
		s.Name = n.text
	}
	return s
}

// pattern parses an or-pattern, possibly followed by as name.
func (p *parser) pattern() Pattern {
	start := p.tok().pos
	pat := p.orPattern()
	if !p.accept("as") {
		return pat
	}
	n := p.name()
	if n.text == "_" {
		p.errorAtTok(n, "cannot use '_' as a target")
	}
	return &MatchAs{Pos: p.span(start), Pattern: pat, Name: n.text}
}

// orPattern parses closed patterns separated by |.
func (p *parser) orPattern() Pattern {
	start := p.tok().pos
	first := p.closedPattern()
	if !p.at("|") {
		return first
	}
	pats := []Pattern{first}
	for p.accept("|") {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.span(start), Patterns: pats}
}

// closedPattern parses one pattern that needs no parentheses.
func (p *parser) closedPattern() Pattern {
	t := p.tok()
	switch {
	case t.is("("):
		return p.groupOrSequence()
	case t.is("["):
		return p.sequencePattern()
	case t.is("{"):
		return p.mappingPattern()
	case t.kind == tNumber || t.kind == tString || t.is("-"):
		v := p.literalExpr()
		return &MatchValue{Pos: v.Position(), Value: v}
	case t.is("None") || t.is("True") || t.is("False"):
		p.advance()
		return &MatchSingleton{Pos: t.pos, Value: map[string]any{"None": nil, "True": true, "False": false}[t.text]}
	case isName(t):
		return p.namePattern(t)
	}
	p.invalid()
	return nil
}

// namePattern parses a capture, the wildcard, a value (a.b) or a class
// pattern.
func (p *parser) namePattern(t *token) Pattern {
	p.advance()
	var e Expr = &Name{Pos: t.pos, Id: t.text, Ctx: Load}
	for p.accept(".") {
		n := p.name()
		e = &Attribute{Pos: p.span(t.pos), Value: e, Attr: n.text, Ctx: Load}
	}
	if p.at("(") {
		return p.classPattern(e)
	}
	if _, dotted := e.(*Attribute); dotted {
		return &MatchValue{Pos: e.Position(), Value: e}
	}
	if t.text == "_" {
		return &MatchAs{Pos: t.pos}
	}
	return &MatchAs{Pos: t.pos, Name: t.text}
}

// literalExpr parses a literal of a pattern: a signed number, a complex
// number such as 1+2j, or strings.
func (p *parser) literalExpr() Expr {
	if p.tok().kind == tString {
		s := p.strings()
		if _, f := s.(*JoinedStr); f {
			p.errorAt(s, "patterns may only match literals and attribute lookups")
		}
		return s
	}
	start := p.tok().pos
	left := p.signedNumber()
	if t := p.tok(); t.is("+") || t.is("-") {
		p.advance()
		n := p.tok()
		if n.kind != tNumber {
			p.invalid()
		}
		p.advance()
		right := &Constant{Pos: n.pos, Value: p.number(n)}
		op := Add
		if t.is("-") {
			op = Sub
		}
		return &BinOp{Pos: p.span(start), Left: left, Op: op, Right: right}
	}
	return left
}

// signedNumber parses NUMBER or -NUMBER.
func (p *parser) signedNumber() Expr {
	start := p.tok().pos
	neg := p.accept("-")
	n := p.tok()
	if n.kind != tNumber {
		p.invalid()
	}
	p.advance()
	var e Expr = &Constant{Pos: n.pos, Value: p.number(n)}
	if neg {
		e = &UnaryOp{Pos: p.span(start), Op: USub, Operand: e}
	}
	return e
}

// groupOrSequence parses (pattern) or a parenthesized sequence pattern.
func (p *parser) groupOrSequence() Pattern {
	start := p.advance().pos
	if p.accept(")") {
		return &MatchSequence{Pos: p.span(start)}
	}
	first := p.maybeStarPattern()
	if p.accept(")") {
		if _, star := first.(*MatchStar); !star {
			return first
		}
		return &MatchSequence{Pos: p.span(start), Patterns: []Pattern{first}}
	}
	pats := []Pattern{first}
	for p.accept(",") && !p.at(")") {
		pats = append(pats, p.maybeStarPattern())
	}
	p.expect(")")
	return &MatchSequence{Pos: p.span(start), Patterns: pats}
}

// sequencePattern parses [patterns].
func (p *parser) sequencePattern() Pattern {
	start := p.advance().pos
	var pats []Pattern
	for !p.at("]") {
		pats = append(pats, p.maybeStarPattern())
		if !p.accept(",") {
			break
		}
	}
	p.expect("]")
	return &MatchSequence{Pos: p.span(start), Patterns: pats}
}

// mappingPattern parses {key: pattern, ..., **rest}.
func (p *parser) mappingPattern() Pattern {
	start := p.advance().pos
	m := &MatchMapping{}
	for !p.at("}") {
		if p.accept("**") {
			m.Rest = p.name().text
			p.accept(",")
			break
		}
		m.Keys = append(m.Keys, p.mappingKey())
		p.expect(":")
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.accept(",") {
			break
		}
	}
	p.expect("}")
	m.Pos = p.span(start)
	return m
}

// mappingKey parses a literal or a dotted name used as a mapping key.
func (p *parser) mappingKey() Expr {
	t := p.tok()
	switch {
	case t.is("None") || t.is("True") || t.is("False"):
		return p.nameAtom(t)
	case isName(t):
		p.advance()
		var e Expr = &Name{Pos: t.pos, Id: t.text, Ctx: Load}
		p.expect(".")
		for {
			n := p.name()
			e = &Attribute{Pos: p.span(t.pos), Value: e, Attr: n.text, Ctx: Load}
			if !p.accept(".") {
				return e
			}
		}
	}
	return p.literalExpr()
}

// classPattern parses Cls(patterns, name=pattern).
func (p *parser) classPattern(cls Expr) Pattern {
	p.advance()
	c := &MatchClass{Cls: cls}
	for !p.at(")") {
		if t := p.tok(); isName(t) && p.peek(1).is("=") {
			p.advance()
			p.advance()
			c.KwdAttrs = append(c.KwdAttrs, t.text)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			if len(c.KwdAttrs) > 0 {
				p.errorAtTok(t, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, p.pattern())
		}
		if !p.accept(",") {
			break
		}
	}
	p.expect(")")
	c.Pos = p.span(cls.Position())
	return c
}
