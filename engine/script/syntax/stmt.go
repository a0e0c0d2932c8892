package syntax

// Statements: the file, blocks, and the simple statements that fit on
// one line. Compound statements are in compound.go.

// file parses statements up to the end of the input.
func (p *parser) file() []Stmt {
	var body []Stmt
	for p.tok().kind != tEOF {
		body = append(body, p.statement()...)
	}
	return body
}

// statement parses a compound statement or a line of simple ones.
func (p *parser) statement() []Stmt {
	t := p.tok()
	if t.kind == tIndent {
		p.unexpectedIndent(t)
	}
	if s := p.compound(t); s != nil {
		return []Stmt{s}
	}
	return p.simpleStmts()
}

// simpleStmts parses simple statements separated by ; up to NEWLINE.
func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.simpleStmt())
		if !p.accept(";") || p.tok().kind == tNewline {
			break
		}
	}
	if p.tok().kind != tNewline {
		p.invalid()
	}
	p.advance()
	return out
}

// block parses an indented block after a colon, or simple statements
// on the colon's line. what names the statement for the error CPython
// gives when the block is missing, opened on line.
func (p *parser) block(what string, line int) []Stmt {
	if p.tok().kind != tNewline {
		return p.simpleStmts()
	}
	p.advance()
	if t := p.tok(); t.kind != tIndent {
		p.raiseAt("IndentationError", "expected an indented block after "+what+" on line "+itoa(line), t)
	}
	p.advance()
	var body []Stmt
	for p.tok().kind != tDedent && p.tok().kind != tEOF {
		body = append(body, p.statement()...)
	}
	p.advance()
	return body
}

// simpleStmt parses one simple statement.
func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	if t.kind == tName {
		switch t.text {
		case "pass":
			p.advance()
			return &Pass{Pos: t.pos}
		case "break":
			return p.breakStmt(t)
		case "continue":
			return p.continueStmt(t)
		case "return":
			return p.returnStmt(t)
		case "raise":
			return p.raiseStmt(t)
		case "global", "nonlocal":
			return p.scopeStmt(t)
		case "del":
			return p.delStmt(t)
		case "assert":
			return p.assertStmt(t)
		case "import":
			return p.importStmt(t)
		case "from":
			return p.fromImport(t)
		case "type":
			if isName(p.peek(1)) && (p.peek(2).is("=") || p.peek(2).is("[")) {
				return p.typeAlias(t)
			}
		}
	}
	return p.exprStmt(t)
}

func (p *parser) breakStmt(t *token) Stmt {
	p.advance()
	if p.loops == 0 {
		p.lateError(false, &Break{Pos: t.pos}, "'break' outside loop")
	}
	return &Break{Pos: t.pos}
}

func (p *parser) continueStmt(t *token) Stmt {
	p.advance()
	if p.loops == 0 {
		p.lateError(false, &Break{Pos: t.pos}, "'continue' not properly in loop")
	}
	return &Continue{Pos: t.pos}
}

func (p *parser) returnStmt(t *token) Stmt {
	p.advance()
	r := &Return{}
	if p.startsExpr() {
		r.Value = p.starExprs()
	}
	r.Pos = p.span(t.pos)
	p.starValue(r.Value)
	if p.fn == nil {
		p.lateError(false, r, "'return' outside function")
	} else if r.Value != nil && p.fn.valueReturn == nil {
		p.fn.valueReturn = r
	}
	return r
}

func (p *parser) raiseStmt(t *token) Stmt {
	p.advance()
	r := &Raise{}
	if p.startsExpr() {
		r.Exc = p.expression()
		if p.accept("from") {
			r.Cause = p.expression()
		}
	}
	r.Pos = p.span(t.pos)
	return r
}

// scopeStmt parses global or nonlocal.
func (p *parser) scopeStmt(t *token) Stmt {
	p.advance()
	p.scoped = true
	names := []string{p.name().text}
	for p.accept(",") {
		names = append(names, p.name().text)
	}
	if t.text == "global" {
		return &Global{Pos: p.span(t.pos), Names: names}
	}
	return &Nonlocal{Pos: p.span(t.pos), Names: names}
}

// delStmt parses del targets. A target is a primary (a name, an
// attribute, a subscript, or targets in brackets), as in CPython's
// grammar; when something else follows, the whole is read again as an
// expression to name what cannot be deleted.
func (p *parser) delStmt(t *token) Stmt {
	p.advance()
	first := p.pos
	var targets []Expr
	for {
		targets = append(targets, p.primary())
		if !p.accept(",") || !p.startsExpr() {
			break
		}
	}
	if !p.at(";") && p.tok().kind != tNewline {
		p.badDelete(first)
	}
	for _, e := range targets {
		p.setCtx(e, Del)
	}
	return &Delete{Pos: p.span(t.pos), Targets: targets}
}

// badDelete raises CPython's error for del followed, from token index
// first, by something other than targets.
func (p *parser) badDelete(first int) {
	var e Expr
	save := p.pos
	p.pos = first
	if !p.noInvalid && p.speculate(func() { e = p.starExprs() }) {
		if bad := invalidTarget(e, true, false); bad != nil {
			p.errorAt(bad, "cannot delete "+describe(bad))
		}
	}
	p.pos = save
	p.invalid()
}

func (p *parser) assertStmt(t *token) Stmt {
	p.advance()
	a := &Assert{Test: p.expression()}
	if p.accept(",") {
		a.Msg = p.expression()
	}
	a.Pos = p.span(t.pos)
	return a
}

// exprStmt parses an expression statement or an assignment.
func (p *parser) exprStmt(t *token) Stmt {
	e := p.starExprsOrYield()
	switch op := p.tok(); {
	case op.is("="):
		return p.assign(e, t.pos)
	case op.is(":"):
		return p.annAssign(e, t)
	case op.kind == tOp && augOps[op.text] != 0:
		return p.augAssign(e, augOps[op.text], t.pos)
	}
	p.starValue(e)
	return &ExprStmt{Pos: p.span(t.pos), Value: e}
}

// assign parses the rest of a = b = value.
func (p *parser) assign(first Expr, start Pos) Stmt {
	targets := []Expr{first}
	p.badTarget(first, true)
	var value Expr
	for p.accept("=") {
		value = p.starExprsOrYield()
		if p.at("=") {
			p.badTarget(value, false)
			targets = append(targets, value)
		}
	}
	for _, t := range targets {
		p.setCtx(t, Store)
		p.starTarget(t)
	}
	p.starValue(value)
	return &Assign{Pos: p.span(start), Targets: targets, Value: value}
}

// singleTarget checks that e is a name, attribute or subscript, as an
// annotated (ann) or augmented assignment needs.
func (p *parser) singleTarget(e Expr, ann bool) {
	switch e.(type) {
	case *Name, *Attribute, *Subscript:
		p.setCtx(e, Store)
		return
	}
	if !ann {
		p.errorAt(e, "'"+describe(e)+"' is an illegal expression for augmented assignment")
	}
	switch e := e.(type) {
	case *Tuple:
		at := e.Pos
		if !p.parens[e] && len(e.Elts) > 0 {
			at = spanOf(e, e.Elts[0]) // CPython points at the first element
		}
		p.raise("SyntaxError", "only single target (not tuple) can be annotated", at)
	case *List:
		p.errorAt(e, "only single target (not list) can be annotated")
	}
	p.errorAt(e, "illegal target for annotation")
}

func (p *parser) annAssign(target Expr, start *token) Stmt {
	if _, single := target.(*Name); !single && !p.noInvalid && !p.speculate(func() { p.advance(); p.expression() }) {
		switch target.(type) {
		case *Attribute, *Subscript:
		default:
			p.invalid()
		}
	}
	p.advance()
	p.singleTarget(target, true)
	a := &AnnAssign{Target: target, Annotation: p.expression()}
	_, isName := target.(*Name)
	a.Simple = isName && !start.is("(")
	if p.accept("=") {
		a.Value = p.starExprsOrYield()
	}
	a.Pos = p.span(start.pos)
	return a
}

func (p *parser) augAssign(target Expr, op Operator, start Pos) Stmt {
	p.advance()
	p.singleTarget(target, false)
	v := p.starExprsOrYield()
	p.starValue(v)
	return &AugAssign{Pos: p.span(start), Target: target, Op: op, Value: v}
}

// typeAlias parses type Name[params] = value.
func (p *parser) typeAlias(t *token) Stmt {
	p.advance()
	n := p.advance()
	a := &TypeAlias{Name: &Name{Pos: n.pos, Id: n.text, Ctx: Store}}
	a.TypeParams = p.typeParams()
	p.expect("=")
	a.Value = p.expression()
	a.Pos = p.span(t.pos)
	return a
}

// typeParams parses [T, *Ts, **P] if present.
func (p *parser) typeParams() []*TypeParam {
	if !p.accept("[") {
		return nil
	}
	var out []*TypeParam
	for !p.at("]") {
		start := p.tok().pos
		tp := &TypeParam{Kind: "TypeVar"}
		if p.accept("*") {
			tp.Kind = "TypeVarTuple"
		} else if p.accept("**") {
			tp.Kind = "ParamSpec"
		}
		tp.Name = p.name().text
		if tp.Kind == "TypeVar" && p.accept(":") {
			tp.Bound = p.expression()
		}
		tp.Pos = p.span(start)
		out = append(out, tp)
		if !p.accept(",") {
			break
		}
	}
	p.expect("]")
	return out
}
