package syntax

// Assignment and deletion targets. The parser reads a target as an
// expression and then checks it and marks it Store or Del, reporting
// what cannot be assigned in CPython's words.

// starTargets parses the targets of a for loop or comprehension.
func (p *parser) starTargets() Expr {
	e := p.exprList(p.forTarget)
	p.setCtx(e, Store)
	return e
}

// forTarget parses one target of a for loop or comprehension, and
// names two side by side as CPython does.
func (p *parser) forTarget() Expr {
	first := p.pos
	e := p.starTargetExpr()
	p.juxtaposed(first, e)
	return e
}

// starTargetExpr parses one target, * allowed.
func (p *parser) starTargetExpr() Expr {
	if p.at("*") {
		return p.starred(p.starTargetExpr)
	}
	return p.bitOr()
}

// setCtx marks target e as assigned (Store) or deleted (Del), failing
// for what cannot be.
func (p *parser) setCtx(e Expr, ctx Ctx) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
		p.notDebug(e, e.Id)
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		if ctx == Del {
			p.errorAt(e, "cannot delete starred")
		}
		e.Ctx = ctx
		p.setCtx(e.Value, ctx)
	case *Tuple:
		e.Ctx = ctx
		p.setCtxAll(e.Elts, ctx)
	case *List:
		e.Ctx = ctx
		p.setCtxAll(e.Elts, ctx)
	default:
		verb := "assign to"
		if ctx == Del {
			verb = "delete"
		}
		p.errorAt(e, "cannot "+verb+" "+describe(e))
	}
}

func (p *parser) setCtxAll(elts []Expr, ctx Ctx) {
	for _, x := range elts {
		p.setCtx(x, ctx)
	}
}

// describe names an expression as CPython's "cannot assign to ..."
// messages do.
func describe(e Expr) string {
	switch e := e.(type) {
	case *Call:
		return "function call"
	case *Constant:
		switch e.Value {
		case nil:
			return "None"
		case true:
			return "True"
		case false:
			return "False"
		case Ellipsis{}:
			return "ellipsis"
		}
		return "literal"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Compare:
		return "comparison"
	case *Lambda:
		return "lambda"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	}
	return "expression"
}

// starTarget records CPython's compiler errors for starred targets: a
// starred target alone, or two in one tuple or list.
func (p *parser) starTarget(e Expr) {
	var elts []Expr
	switch e := e.(type) {
	case *Starred:
		p.lateError(false, e, "starred assignment target must be in a list or tuple")
		return
	case *Tuple:
		elts = e.Elts
	case *List:
		elts = e.Elts
	}
	stars := 0
	for _, x := range elts {
		if _, ok := x.(*Starred); ok {
			stars++
		}
		p.starTarget2(x)
	}
	if stars > 1 {
		p.lateError(false, e, "multiple starred expressions in assignment")
	}
}

// starTarget2 checks a target nested in a tuple or list.
func (p *parser) starTarget2(e Expr) {
	switch e := e.(type) {
	case *Starred:
		p.starTarget2(e.Value)
	case *Tuple, *List:
		p.starTarget(e)
	}
}

// starValue records CPython's compiler error for a starred expression
// standing alone as a value.
func (p *parser) starValue(e Expr) {
	if s, ok := e.(*Starred); ok {
		p.lateError(false, s, "can't use starred expression here")
	}
}

// notDebug records CPython's compiler error for binding the name
// __debug__, which is a constant.
func (p *parser) notDebug(n Node, name string) {
	if name == "__debug__" {
		p.lateError(false, n, "cannot assign to __debug__")
	}
}
