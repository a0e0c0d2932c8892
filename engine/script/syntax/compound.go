package syntax

// Compound statements: those with a colon and a block.

// compound parses the compound statement starting at t, or returns nil
// if t starts a simple statement.
func (p *parser) compound(t *token) Stmt {
	if t.is("@") {
		return p.decorated()
	}
	if t.kind != tName {
		return nil
	}
	switch t.text {
	case "if":
		return p.ifStmt(t)
	case "while":
		return p.whileStmt(t)
	case "for":
		return p.forStmt(t, t, false)
	case "try":
		return p.tryStmt(t)
	case "with":
		return p.withStmt(t, t, false)
	case "def":
		return p.funcDef(t, t, nil, false)
	case "class":
		return p.classDef(t, nil)
	case "async":
		return p.asyncStmt(t)
	case "match":
		return p.matchStmt(t)
	}
	return nil
}

// colonBlock expects the colon and parses the block of the statement
// named what that started at start.
func (p *parser) colonBlock(what string, start *token) []Stmt {
	p.expect(":")
	return p.block(what, start.pos.Line)
}

// forcedColonBlock is colonBlock where CPython's grammar forces the
// colon (after def's parameters, else, try and finally): anything else
// there is "expected ':'".
func (p *parser) forcedColonBlock(what string, start *token) []Stmt {
	p.forced(":")
	return p.block(what, start.pos.Line)
}

// endOf is the position from start to the end of the last token of the
// block just parsed, as CPython ends a compound statement.
func (p *parser) endOf(start Pos) Pos {
	i := p.pos - 1
	for i > 0 && (p.toks[i].kind == tNewline || p.toks[i].kind == tIndent || p.toks[i].kind == tDedent) {
		i--
	}
	e := p.toks[i].pos
	return Pos{start.Line, start.Col, e.EndLine, e.EndCol}
}

func (p *parser) ifStmt(t *token) Stmt {
	p.advance()
	s := &If{Test: p.namedExpr()}
	p.equalsMeant(s.Test)
	s.Body = p.colonBlock("'"+t.text+"' statement", t)
	switch e := p.tok(); {
	case e.is("elif"):
		s.Orelse = []Stmt{p.ifStmt(e)}
	case e.is("else"):
		p.advance()
		s.Orelse = p.forcedColonBlock("'else' statement", e)
	}
	s.Pos = p.endOf(t.pos)
	return s
}

// elseBlock parses an optional else: block.
func (p *parser) elseBlock() []Stmt {
	if e := p.tok(); e.is("else") {
		p.advance()
		return p.forcedColonBlock("'else' statement", e)
	}
	return nil
}

// loopBody parses a loop's block, where break and continue may appear.
func (p *parser) loopBody(what string, t *token) []Stmt {
	p.loops++
	body := p.colonBlock(what, t)
	p.loops--
	return body
}

func (p *parser) whileStmt(t *token) Stmt {
	p.advance()
	s := &While{Test: p.namedExpr()}
	p.equalsMeant(s.Test)
	s.Body = p.loopBody("'while' statement", t)
	s.Orelse = p.elseBlock()
	s.Pos = p.endOf(t.pos)
	return s
}

// forStmt parses a for loop whose first token is start (async if
// async), for being at t.
func (p *parser) forStmt(start, t *token, async bool) Stmt {
	p.advance()
	s := &For{IsAsync: async, Target: p.starTargets()}
	p.starTarget(s.Target)
	p.expect("in")
	s.Iter = p.starExprs()
	s.Body = p.loopBody("'for' statement", t)
	s.Orelse = p.elseBlock()
	s.Pos = p.endOf(start.pos)
	return s
}

func (p *parser) asyncStmt(t *token) Stmt {
	p.advance()
	switch n := p.tok(); {
	case n.is("def"):
		return p.funcDef(t, n, nil, true)
	case n.is("for"):
		s := p.forStmt(t, n, true)
		p.inAsync(s, "async for")
		return s
	case n.is("with"):
		s := p.withStmt(t, n, true)
		p.inAsync(s, "async with")
		return s
	}
	p.invalid()
	return nil
}

func (p *parser) tryStmt(t *token) Stmt {
	p.advance()
	s := &Try{Body: p.forcedColonBlock("'try' statement", t)}
	for e := p.tok(); e.is("except"); e = p.tok() {
		s.Handlers = append(s.Handlers, p.handler(e, s))
	}
	if len(s.Handlers) > 0 {
		s.Orelse = p.elseBlock()
	}
	if f := p.tok(); f.is("finally") {
		p.advance()
		s.Finalbody = p.forcedColonBlock("'finally' statement", f)
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		p.errorLast("expected 'except' or 'finally' block")
	}
	s.Pos = p.endOf(t.pos)
	return s
}

// handler parses except [*] [type [as name]]: block.
func (p *parser) handler(e *token, s *Try) *ExceptHandler {
	p.advance()
	star := p.accept("*")
	if len(s.Handlers) > 0 && star != s.Star {
		p.errorAtTok(e, "cannot have both 'except' and 'except*' on the same 'try'")
	}
	s.Star = star
	h := &ExceptHandler{}
	what := "'except' statement"
	if star {
		what = "'except*' statement"
	}
	if p.tok().kind == tNewline {
		p.errorLast("expected ':'")
	}
	if !p.at(":") {
		h.Type = p.expression()
		if p.at(",") {
			p.unparenthesizedTypes(h.Type)
		}
		if p.accept("as") {
			h.Name = p.name().text
		}
	}
	h.Body = p.colonBlock(what, e)
	h.Pos = p.endOf(e.pos)
	return h
}

// unparenthesizedTypes raises the error for except A, B: CPython names
// it when types, an optional as-name and the colon follow, and says
// "invalid syntax" else.
func (p *parser) unparenthesizedTypes(first Expr) {
	var last Expr
	if !p.noInvalid && p.speculate(func() {
		for p.accept(",") {
			last = p.expression()
		}
		if p.accept("as") {
			p.name()
		}
		p.expect(":")
	}) {
		p.raise("SyntaxError", "multiple exception types must be parenthesized", spanOf(first, last))
	}
	p.invalid()
}

// withStmt parses with items: block.
func (p *parser) withStmt(start, t *token, async bool) Stmt {
	p.advance()
	s := &With{IsAsync: async}
	if !p.at("(") || !p.attempt(func() { s.Items = p.parenWithItems() }) {
		s.Items = []*WithItem{p.withItem()}
		for p.accept(",") {
			s.Items = append(s.Items, p.withItem())
		}
	}
	s.Body = p.colonBlock("'with' statement", t)
	s.Pos = p.endOf(start.pos)
	return s
}

// parenWithItems parses (item, item,) followed by the colon.
func (p *parser) parenWithItems() []*WithItem {
	p.advance()
	items := []*WithItem{p.withItem()}
	for p.accept(",") && !p.at(")") {
		items = append(items, p.withItem())
	}
	p.expect(")")
	if !p.at(":") {
		p.invalid()
	}
	return items
}

// withItem parses expression [as target].
func (p *parser) withItem() *WithItem {
	w := &WithItem{ContextExpr: p.expression()}
	if p.accept("as") {
		w.OptionalVars = p.starTargetExpr()
		if t := p.tok(); invalidTarget(w.OptionalVars, false, false) != nil && !t.is(",") && !t.is(")") && !t.is(":") {
			p.invalid()
		}
		p.setCtx(w.OptionalVars, Store)
	}
	return w
}

// decorated parses decorators and the def or class they decorate.
func (p *parser) decorated() Stmt {
	var decs []Expr
	for p.accept("@") {
		decs = append(decs, p.namedExpr())
		if p.tok().kind != tNewline {
			p.invalid()
		}
		p.advance()
	}
	switch t := p.tok(); {
	case t.is("def"):
		return p.funcDef(t, t, decs, false)
	case t.is("class"):
		return p.classDef(t, decs)
	case t.is("async") && p.peek(1).is("def"):
		p.advance()
		return p.funcDef(t, p.tok(), decs, true)
	}
	p.invalid()
	return nil
}

// funcDef parses def name[params](params) -> returns: block; start is
// its first token (async or def), def is at t.
func (p *parser) funcDef(start, t *token, decs []Expr, async bool) Stmt {
	p.advance()
	f := &FunctionDef{Name: p.name().text, DecoratorList: decs, IsAsync: async}
	f.TypeParams = p.typeParams()
	p.forced("(")
	f.Args = p.params(")", true)
	p.expect(")")
	if arrow := p.tok(); arrow.is("->") {
		if !p.noInvalid && !p.speculate(func() { p.advance(); p.expression() }) {
			p.errorAtTok(arrow, "expected ':'") // the colon CPython's grammar forces
		}
		p.advance()
		f.Returns = p.expression()
	}
	outer, loops := p.fn, p.loops
	p.fn, p.loops = &funcState{async: async}, 0
	p.scopes++
	f.Body = p.forcedColonBlock("function definition", t)
	p.scopes--
	if fn := p.fn; fn.async && fn.yields && fn.valueReturn != nil {
		p.lateError(false, fn.valueReturn, "'return' with value in async generator")
	}
	p.fn, p.loops = outer, loops
	f.Pos = p.endOf(start.pos)
	p.debugParams(f, f.Args)
	return f
}

// classDef parses class name[params](bases): block.
func (p *parser) classDef(t *token, decs []Expr) Stmt {
	p.advance()
	c := &ClassDef{Name: p.name().text, DecoratorList: decs}
	c.TypeParams = p.typeParams()
	if p.at("(") {
		call := p.arguments(&Name{Pos: t.pos}, t.pos, args{class: true}).(*Call)
		c.Bases, c.Keywords = call.Args, call.Keywords
	}
	outer, loops := p.fn, p.loops
	p.fn, p.loops = nil, 0
	p.scopes++
	c.Body = p.colonBlock("class definition", t)
	p.scopes--
	p.fn, p.loops = outer, loops
	c.Pos = p.endOf(t.pos)
	return c
}

// matchStmt parses a match statement, or returns nil when match is a
// name here.
func (p *parser) matchStmt(t *token) Stmt {
	var s *Match
	if !p.attempt(func() { s = p.matchHead(t) }) {
		return nil
	}
	p.matchCases(t, s)
	return s
}
