package syntax

// Call arguments and function parameters.

// call parses the arguments of a call of fn, which started at start.
func (p *parser) call(fn Expr, start Pos) Expr {
	open := p.advance().pos
	c := &Call{Func: fn}
	for !p.at(")") {
		p.argument(c, open)
		if !p.accept(",") {
			break
		}
	}
	p.expect(")")
	c.Pos = p.span(start)
	return c
}

// argument parses one argument of c: *x, **x, name=x, x, or a generator
// expression alone.
func (p *parser) argument(c *Call, open Pos) {
	t := p.tok()
	switch {
	case t.is("*"):
		s := p.starred(p.expression)
		if len(c.Keywords) > 0 && c.Keywords[len(c.Keywords)-1].Arg == "" {
			p.errorAt(s, "iterable argument unpacking follows keyword argument unpacking")
		}
		c.Args = append(c.Args, s)
	case t.is("**"):
		p.advance()
		v := p.expression()
		c.Keywords = append(c.Keywords, &Keyword{Pos: p.span(t.pos), Value: v})
	case isName(t) && p.peek(1).is("="):
		p.keywordArg(c, t)
	default:
		p.positional(c, open)
	}
}

// keywordArg parses name=value.
func (p *parser) keywordArg(c *Call, t *token) {
	p.advance()
	p.advance()
	v := p.expression()
	for _, k := range c.Keywords {
		if k.Arg == t.text {
			p.errorAtTok(t, "keyword argument repeated: "+t.text)
		}
	}
	c.Keywords = append(c.Keywords, &Keyword{Pos: p.span(t.pos), Arg: t.text, Value: v})
}

// positional parses a positional argument or a bare generator expression.
func (p *parser) positional(c *Call, open Pos) {
	e := p.namedExpr()
	if p.atFor() {
		gens := p.comprehension()
		end := p.tok().pos
		e = &GeneratorExp{Pos: Pos{open.Line, open.Col, end.EndLine, end.EndCol}, Elt: e, Generators: gens}
	}
	if len(c.Keywords) > 0 {
		if c.Keywords[len(c.Keywords)-1].Arg == "" {
			p.errorAt(e, "positional argument follows keyword argument unpacking")
		}
		p.errorAt(e, "positional argument follows keyword argument")
	}
	c.Args = append(c.Args, e)
}

// params parses a parameter list up to closer: ")" for def (with
// annotations) or ":" for lambda.
func (p *parser) params(closer string, annotated bool) *Arguments {
	a := &Arguments{}
	star := false
	for !p.at(closer) {
		switch {
		case p.at("/"):
			p.slash(a, star)
		case p.accept("**"):
			a.Kwarg = p.param(annotated)
		case p.accept("*"):
			star = true
			if !p.at(",") && !p.at(closer) {
				a.Vararg = p.param(annotated)
			}
		default:
			p.paramWithDefault(a, star, annotated)
		}
		if !p.accept(",") || a.Kwarg != nil {
			break
		}
	}
	return a
}

// slash moves the parameters so far to the positional-only ones.
func (p *parser) slash(a *Arguments, star bool) {
	t := p.advance()
	if star || len(a.Args) == 0 || len(a.PosOnlyArgs) > 0 {
		p.fail(t)
	}
	a.PosOnlyArgs, a.Args = a.Args, nil
}

// paramWithDefault parses name[: annotation][= default].
func (p *parser) paramWithDefault(a *Arguments, star, annotated bool) {
	arg := p.param(annotated)
	var def Expr
	if p.accept("=") {
		def = p.expression()
	}
	if star {
		a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
		a.KwDefaults = append(a.KwDefaults, def)
		return
	}
	if def != nil {
		a.Defaults = append(a.Defaults, def)
	} else if len(a.Defaults) > 0 {
		p.errorAt(arg, "non-default argument follows default argument")
	}
	a.Args = append(a.Args, arg)
}

// param parses a parameter's name and annotation.
func (p *parser) param(annotated bool) *Arg {
	t := p.name()
	arg := &Arg{Arg: t.text}
	if annotated && p.accept(":") {
		if p.at("*") {
			arg.Annotation = p.starred(p.expression)
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.span(t.pos)
	return arg
}
