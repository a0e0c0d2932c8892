package syntax

// The mistakes CPython names instead of saying "invalid syntax": two
// expressions side by side (a missing comma, Python 2's print), = where
// == was meant, and assignments to what cannot be assigned. Each check
// runs where the parser is about to fail, and looks ahead without
// consuming anything.

// speculate runs f with hints off and goes back to where the parser
// was, reporting whether f parsed.
func (p *parser) speculate(f func()) bool {
	save, saveInvalid := p.pos, p.noInvalid
	p.noInvalid = true
	p.quiet++
	ok := p.attempt(f)
	p.quiet--
	p.pos, p.noInvalid = save, saveInvalid
	return ok
}

// withHints runs f as CPython's second pass parses ahead for a hint of
// its own (Python 2's print): hints f meets are raised, and a plain
// failure means f did not parse. The parser goes back to where it was.
func (p *parser) withHints(f func()) bool {
	save, hinting := p.pos, p.hinting
	p.quiet++
	p.hinting = true
	ok := p.attempt(f)
	p.quiet--
	p.pos, p.hinting = save, hinting
	return ok
}

// startsOperand reports whether the current token can begin an
// expression but cannot continue one, so that an expression followed by
// it is two expressions side by side.
func (p *parser) startsOperand() bool {
	t := p.peek(0)
	switch t.kind {
	case tNumber, tString:
		return true
	case tName:
		switch t.text {
		case "True", "False", "None", "lambda", "await":
			return true
		case "not":
			return !p.peek(1).is("in")
		}
		return !t.keyword
	case tOp:
		return t.text == "{" || t.text == "~" || t.text == "..."
	}
	return false
}

// softKeywords are 3.11's soft keywords, which CPython does not take for
// the first of two expressions side by side.
var softKeywords = map[string]bool{"match": true, "case": true, "_": true}

// juxtaposed raises CPython's error for the expression a, which began
// at token index start, followed by another expression: Python 2's
// print or exec, or a missing comma inside brackets.
func (p *parser) juxtaposed(start int, a Expr) {
	if p.noInvalid || !p.startsOperand() {
		return
	}
	n, isName := a.(*Name)
	legacy := isName && (n.Id == "print" || n.Id == "exec")
	if !legacy {
		p.missingComma(start, a)
	}
	var b Expr
	switch {
	case legacy && p.speculate(func() { b = p.starExprs() }):
		p.raise("SyntaxError", "Missing parentheses in call to '"+n.Id+"'. Did you mean "+n.Id+"(...)?", spanOf(a, b))
	case isName && !p.parens[a] && p.at("{"):
		// CPython reads a brace display after a name as the operands of
		// Python 2's print statement, finding the hints inside it (as a
		// missing comma in "d{f f}"); what it reads after a name not
		// followed by a brace it has already read without hints.
		p.withHints(func() { p.starExprs() })
	}
}

// missingComma raises "Perhaps you forgot a comma?" for the expression
// a, which began at token index start, followed inside brackets by
// another.
func (p *parser) missingComma(start int, a Expr) {
	first := &p.toks[start]
	if first.kind == tName && (softKeywords[first.text] || p.toks[start+1].kind == tString) || start == p.keyAt {
		return
	}
	var b Expr
	depth := 0
	if !p.speculate(func() { b = p.expression(); depth = p.prev().depth }) &&
		!p.speculate(func() { b = p.disjunction(); depth = p.prev().depth }) {
		return
	}
	if depth > 0 || p.sc.field {
		p.raise("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", spanOf(a, b))
	}
}

// spanOf is the position from a's start to b's end.
func spanOf(a, b Node) Pos {
	s, e := a.Position(), b.Position()
	return Pos{s.Line, s.Col, e.EndLine, e.EndCol}
}

// equalsMeant raises CPython's error for e = value where a named
// expression was expected (if x = 1:), if the parser is at that =.
func (p *parser) equalsMeant(e Expr) {
	if p.noInvalid || !p.at("=") {
		return
	}
	if _, isName := e.(*Name); (!isName || p.parens[e]) && !p.assignableHere(e) {
		return
	}
	var b Expr
	ok := p.speculate(func() {
		p.advance()
		b = p.bitOr()
		if p.at("=") || p.at(":=") {
			p.invalid()
		}
	})
	if !ok {
		return
	}
	if _, isName := e.(*Name); isName && !p.parens[e] {
		p.raise("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", spanOf(e, b))
	}
	if p.assignableHere(e) {
		p.errorAt(e, "cannot assign to "+describe(e)+" here. Maybe you meant '==' instead of '='?")
	}
}

// assignableHere reports whether CPython's "cannot assign to ... here"
// hint applies to e: an operand (CPython's bitwise_or) other than a
// list, tuple, generator expression, True, False or None.
func (p *parser) assignableHere(e Expr) bool {
	switch e := e.(type) {
	case *List, *Tuple, *GeneratorExp:
		return false
	case *Constant:
		switch e.Value.(type) {
		case nil, bool:
			return false
		}
		return true
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Yield, *YieldFrom, *Starred:
		return p.parens[e]
	case *UnaryOp:
		return e.Op != Not || p.parens[e]
	}
	return true
}

// invalidTarget returns the part of target e that cannot be assigned
// (or deleted, del), nil if there is none; in a for loop's target, a
// comparison with in is the loop's own in.
func invalidTarget(e Expr, del, forTarget bool) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Tuple:
		return firstInvalid(e.Elts, del, forTarget)
	case *List:
		return firstInvalid(e.Elts, del, forTarget)
	case *Starred:
		if del {
			return e
		}
		return invalidTarget(e.Value, del, forTarget)
	case *Compare:
		if forTarget && e.Ops[0] == In {
			return invalidTarget(e.Left, del, forTarget)
		}
	}
	return e
}

func firstInvalid(elts []Expr, del, forTarget bool) Expr {
	for _, x := range elts {
		if bad := invalidTarget(x, del, forTarget); bad != nil {
			return bad
		}
	}
	return nil
}

// badTarget raises the error for the assignment target e, the first
// of its statement if first, when it cannot be assigned; the parser is
// at the = after it.
func (p *parser) badTarget(e Expr, first bool) {
	bad := invalidTarget(e, false, false)
	if bad == nil || p.noInvalid {
		return
	}
	if first && p.equalsHere(e, bad) {
		p.errorAt(bad, "cannot assign to "+describe(bad)+" here. Maybe you meant '==' instead of '='?")
	}
	switch e.(type) {
	case *Yield, *YieldFrom:
		if !p.parens[e] {
			p.errorAt(e, "assignment to yield expression not possible")
		}
	}
	p.errorAt(bad, "cannot assign to "+describe(bad))
}

// equalsHere reports whether CPython's "Maybe you meant '=='" hint
// applies to the statement's first target e, whose part bad cannot be
// assigned: bad is an operand written just before the =, and an operand
// not followed by another = comes after it.
func (p *parser) equalsHere(e, bad Expr) bool {
	last := e
	if t, ok := e.(*Tuple); ok && !p.parens[e] && len(t.Elts) > 0 {
		last = t.Elts[len(t.Elts)-1]
		if last.Position().EndCol != t.EndCol || last.Position().EndLine != t.EndLine {
			return false // a trailing comma comes before the =
		}
	}
	if last != bad || !p.assignableHere(bad) {
		return false
	}
	return p.speculate(func() {
		p.advance()
		p.bitOr()
		if p.at("=") || p.at(":=") {
			p.invalid()
		}
	})
}
