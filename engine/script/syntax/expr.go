package syntax

// Expressions, from the loosest-binding rule down to the operators;
// atoms, displays and calls are in atom.go.

// namedExpr parses NAME := expression, or an expression.
func (p *parser) namedExpr() Expr {
	t := p.tok()
	if isName(t) && p.peek(1).is(":=") {
		p.advance()
		p.advance()
		p.scoped = true
		target := &Name{Pos: t.pos, Id: t.text, Ctx: Store}
		v := p.expression()
		return &NamedExpr{Pos: p.span(t.pos), Target: target, Value: v}
	}
	return p.expression()
}

// expression parses a conditional expression or a lambda.
func (p *parser) expression() Expr {
	p.nest()
	e := p.conditional()
	p.nesting--
	return e
}

// conditional parses a conditional expression or a lambda.
func (p *parser) conditional() Expr {
	if p.at("lambda") {
		return p.lambda()
	}
	start, first := p.tok().pos, p.pos
	body := p.disjunction()
	if !p.at("if") {
		p.juxtaposed(first, body)
		if _, isName := body.(*Name); p.at(":=") && !p.noInvalid && (!isName || p.parens[body]) {
			p.errorAt(body, "cannot use assignment expressions with "+describe(body))
		}
		return body
	}
	p.advance()
	test := p.disjunction()
	if !p.at("else") && !p.at(":") && !p.noInvalid {
		p.raise("SyntaxError", "expected 'else' after 'if' expression", spanOf(body, test))
	}
	p.expect("else")
	orelse := p.expression()
	return &IfExp{Pos: p.span(start), Test: test, Body: body, Orelse: orelse}
}

// starExpr parses *bitwise_or or an expression.
func (p *parser) starExpr() Expr {
	if p.at("*") {
		return p.starred(p.bitOr)
	}
	return p.expression()
}

// starNamedExpr parses *bitwise_or or a named expression.
func (p *parser) starNamedExpr() Expr {
	if p.at("*") {
		return p.starred(p.bitOr)
	}
	return p.namedExpr()
}

// starred parses * and the operand that operand parses.
func (p *parser) starred(operand func() Expr) Expr {
	start := p.advance().pos
	v := operand()
	return &Starred{Pos: p.span(start), Value: v, Ctx: Load}
}

// starExprs parses one or more star expressions separated by commas; a
// comma makes a Tuple.
func (p *parser) starExprs() Expr {
	return p.exprList(p.starExpr)
}

// exprList parses elements with item separated by commas, a Tuple if
// there is a comma.
func (p *parser) exprList(item func() Expr) Expr {
	start := p.tok().pos
	first := item()
	if !p.at(",") {
		return first
	}
	elts := []Expr{first}
	for p.accept(",") && p.startsExpr() {
		elts = append(elts, item())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	t := p.tok()
	switch t.kind {
	case tNumber, tString:
		return true
	case tName:
		switch t.text {
		case "True", "False", "None", "lambda", "not", "await", "yield":
			return true
		}
		return !t.keyword
	case tOp:
		switch t.text {
		case "(", "[", "{", "-", "+", "~", "*", "...":
			return true
		}
	}
	return false
}

// starExprsOrYield parses a yield expression or star expressions, as
// the right side of an assignment may be.
func (p *parser) starExprsOrYield() Expr {
	if p.at("yield") {
		return p.yield()
	}
	return p.starExprs()
}

// yield parses yield [from] ....
func (p *parser) yield() Expr {
	start := p.advance().pos
	p.scoped = true
	if p.accept("from") {
		v := p.expression()
		y := &YieldFrom{Pos: p.span(start), Value: v}
		if p.fn != nil && p.fn.async {
			p.lateError(false, y, "'yield from' inside async function")
		}
		p.inFunction(y, "'yield' outside function")
		return y
	}
	y := &Yield{}
	if p.startsExpr() {
		y.Value = p.starExprs()
	}
	y.Pos = p.span(start)
	p.inFunction(y, "'yield' outside function")
	return y
}

// inFunction records CPython's compiler error msg for n outside any
// function; inside one, a yield makes it a generator.
func (p *parser) inFunction(n Node, msg string) {
	if p.fn == nil {
		p.lateError(false, n, msg)
		return
	}
	if _, await := n.(*Await); !await {
		p.fn.yields = true
	}
}

// inAsync records CPython's compiler error for the async construct what
// outside an async function.
func (p *parser) inAsync(n Node, what string) {
	if p.fn == nil || !p.fn.async {
		p.lateError(false, n, "'"+what+"' outside async function")
	}
}

// disjunction parses or.
func (p *parser) disjunction() Expr {
	return p.boolOp("or", Or, p.conjunction)
}

// conjunction parses and.
func (p *parser) conjunction() Expr {
	return p.boolOp("and", And, p.inversion)
}

// boolOp parses operands joined by the keyword kw into one BoolOp.
func (p *parser) boolOp(kw string, op BoolOperator, operand func() Expr) Expr {
	start := p.tok().pos
	first := operand()
	if !p.at(kw) {
		return first
	}
	values := []Expr{first}
	for p.accept(kw) {
		values = append(values, operand())
	}
	return &BoolOp{Pos: p.span(start), Op: op, Values: values}
}

// inversion parses not.
func (p *parser) inversion() Expr {
	p.nest()
	e := p.notExpr()
	p.nesting--
	return e
}

// notExpr parses not, or a comparison.
func (p *parser) notExpr() Expr {
	if !p.at("not") {
		return p.comparison()
	}
	start := p.advance().pos
	v := p.inversion()
	return &UnaryOp{Pos: p.span(start), Op: Not, Operand: v}
}

// comparison parses a chain of comparisons.
func (p *parser) comparison() Expr {
	start := p.tok().pos
	left := p.bitOr()
	op, n := p.compOp()
	if n == 0 {
		return left
	}
	c := &Compare{Left: left}
	for ; n > 0; op, n = p.compOp() {
		p.pos += n
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitOr())
	}
	c.Pos = p.span(start)
	return c
}

// compOps maps the one-token comparison operators.
var compOps = map[string]CmpOp{
	"==": Eq, "!=": NotEq, "<": Lt, "<=": LtE, ">": Gt, ">=": GtE, "in": In, "is": Is,
}

// compOp returns the comparison operator at the current token and how
// many tokens it takes (0 if none).
func (p *parser) compOp() (CmpOp, int) {
	t := p.tok()
	if t.kind != tOp && t.kind != tName {
		return 0, 0
	}
	switch {
	case t.text == "not" && p.peek(1).is("in"):
		return NotIn, 2
	case t.text == "is" && p.peek(1).is("not"):
		return IsNot, 2
	}
	if op, ok := compOps[t.text]; ok {
		return op, 1
	}
	return 0, 0
}

// binLevels lists the binary operators from loosest to tightest.
var binLevels = []map[string]Operator{
	{"|": BitOr},
	{"^": BitXor},
	{"&": BitAnd},
	{"<<": LShift, ">>": RShift},
	{"+": Add, "-": Sub},
	{"*": Mult, "/": Div, "//": FloorDiv, "%": Mod, "@": MatMult},
}

// bitOr parses a bitwise_or: every binary operator but **.
func (p *parser) bitOr() Expr { return p.binary(0) }

// binary parses the left-associative operators of binLevels[level] and
// tighter.
func (p *parser) binary(level int) Expr {
	if level == len(binLevels) {
		return p.factor()
	}
	start := p.tok().pos
	left := p.binary(level + 1)
	for {
		t := p.tok()
		op, ok := binLevels[level][t.text]
		if !ok || t.kind != tOp {
			return left
		}
		p.advance()
		right := p.binary(level + 1)
		left = &BinOp{Pos: p.span(start), Left: left, Op: op, Right: right}
	}
}

var unaryOps = map[string]UnaryOperator{"+": UAdd, "-": USub, "~": Invert}

// factor parses the unary + - ~.
func (p *parser) factor() Expr {
	p.nest()
	e := p.unary()
	p.nesting--
	return e
}

// unary parses the unary + - ~ or a power.
func (p *parser) unary() Expr {
	t := p.tok()
	op, ok := unaryOps[t.text]
	if !ok || t.kind != tOp {
		return p.power()
	}
	start := p.advance().pos
	v := p.factor()
	return &UnaryOp{Pos: p.span(start), Op: op, Operand: v}
}

// power parses await primary ** factor.
func (p *parser) power() Expr {
	start := p.tok().pos
	left := p.awaitPrimary()
	if !p.accept("**") {
		return left
	}
	right := p.factor()
	return &BinOp{Pos: p.span(start), Left: left, Op: Pow, Right: right}
}

// awaitPrimary parses await primary, or a primary.
func (p *parser) awaitPrimary() Expr {
	if !p.at("await") {
		return p.primary()
	}
	start := p.advance().pos
	v := p.primary()
	a := &Await{Pos: p.span(start), Value: v}
	p.awaits++
	p.inFunction(a, "'await' outside function")
	p.inAsync(a, "await")
	return a
}

// lambda parses lambda params: body.
func (p *parser) lambda() Expr {
	start := p.advance().pos
	args := p.params(":", false)
	if p.sc.field && p.tok().depth == 0 {
		p.invalid() // the colon starts the field's format spec
	}
	if !p.at(":") {
		p.invalid() // a lambda's missing colon has no message of its own
	}
	p.advance()
	outer := p.fn
	p.fn = &funcState{}
	body := p.expression()
	p.fn = outer
	l := &Lambda{Pos: p.span(start), Args: args, Body: body}
	p.debugParams(l, args)
	return l
}
