package syntax

// Call arguments and function parameters.

// call parses the arguments of a call of fn, which started at start.
func (p *parser) call(fn Expr, start Pos) Expr {
	return p.arguments(fn, start, args{})
}

// arguments parses the arguments of a call or a class's bases.
func (p *parser) arguments(fn Expr, start Pos, a args) Expr {
	open := p.advance().pos
	c := &Call{Func: fn}
	for !p.at(")") {
		p.argument(c, open, &a)
		if a.genexp != nil && p.at(",") && !p.noInvalid {
			p.unparenthesized(a.genexp)
		}
		if !p.accept(",") {
			break
		}
	}
	a.check(p, c)
	p.expect(")")
	c.Pos = p.span(start)
	for _, k := range c.Keywords {
		p.notDebug(c, k.Arg)
	}
	return c
}

// args remembers what CPython checks once a call's arguments are read.
type args struct {
	genexp      *GeneratorExp // an unparenthesized generator expression
	afterKw     string        // the error of a positional argument after keywords
	unpackAfter Expr          // *x after **y
	class       bool          // a class's bases, where no generator may be
	names       map[string]bool
}

// check raises the first error CPython finds in a call's arguments.
func (a *args) check(p *parser, c *Call) {
	if a.genexp != nil && len(c.Args)+len(c.Keywords) > 1 {
		p.unparenthesized(a.genexp)
	}
	if a.afterKw != "" {
		p.errorLast(a.afterKw)
	}
	if a.unpackAfter != nil {
		p.errorAt(a.unpackAfter, "iterable argument unpacking follows keyword argument unpacking")
	}
}

// argument parses one argument of c: *x, **x, name=x, x, or a generator
// expression.
func (p *parser) argument(c *Call, open Pos, a *args) {
	t := p.tok()
	switch {
	case t.is("*"):
		s := p.starred(p.expression)
		if len(c.Keywords) > 0 && c.Keywords[len(c.Keywords)-1].Arg == "" && a.unpackAfter == nil {
			a.unpackAfter = s
		}
		c.Args = append(c.Args, s)
	case t.is("**"):
		p.advance()
		v := p.expression()
		c.Keywords = append(c.Keywords, &Keyword{Pos: p.span(t.pos), Value: v})
	case isName(t) && p.peek(1).is("="):
		p.keywordArg(c, t, a)
	default:
		p.positional(c, open, a)
	}
}

// keywordArg parses name=value.
func (p *parser) keywordArg(c *Call, t *token, a *args) {
	p.advance()
	p.advance()
	v := p.expression()
	if p.atFor() && !p.noInvalid {
		p.raise("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", spanOf(&Name{Pos: t.pos}, &Name{Pos: p.toks[p.pos-2].pos}))
	}
	if a.names[t.text] {
		p.lateError(false, &Name{Pos: p.span(t.pos)}, "keyword argument repeated: "+t.text)
	}
	if a.names == nil {
		a.names = map[string]bool{}
	}
	a.names[t.text] = true
	c.Keywords = append(c.Keywords, &Keyword{Pos: p.span(t.pos), Arg: t.text, Value: v})
}

// positional parses a positional argument or a bare generator expression.
func (p *parser) positional(c *Call, open Pos, a *args) {
	e := p.namedExpr()
	if p.at("=") && !p.noInvalid {
		p.badKeyword(e)
	}
	if p.atFor() {
		if a.class {
			p.invalid()
		}
		gens := p.comprehension()
		end := p.tok().pos
		g := &GeneratorExp{Pos: Pos{open.Line, open.Col, end.EndLine, end.EndCol}, Elt: e, Generators: gens}
		if a.genexp == nil {
			a.genexp = g
		}
		e = g
	}
	if len(c.Keywords) > 0 && a.afterKw == "" {
		a.afterKw = "positional argument follows keyword argument"
		if c.Keywords[len(c.Keywords)-1].Arg == "" {
			a.afterKw += " unpacking"
		}
	}
	c.Args = append(c.Args, e)
}

// badKeyword raises the error for e= in a call where e is no name.
func (p *parser) badKeyword(e Expr) {
	at := spanOf(e, &Name{Pos: p.tok().pos}) // from e to the =
	if c, ok := e.(*Constant); ok {
		switch c.Value.(type) {
		case nil, bool:
			p.raise("SyntaxError", "cannot assign to "+describe(e), at)
		}
	}
	p.raise("SyntaxError", `expression cannot contain assignment, perhaps you meant "=="?`, at)
}

// params parses a parameter list up to closer: ")" for def (with
// annotations) or ":" for lambda.
func (p *parser) params(closer string, annotated bool) *Arguments {
	a := &Arguments{}
	var star *token
	for !p.at(closer) {
		switch t := p.tok(); {
		case t.is("/"):
			p.slash(a, star)
		case t.is("**"):
			p.advance()
			a.Kwarg = p.param(annotated)
			p.afterKwarg(closer)
		case t.is("*"):
			if star != nil {
				p.errorAtTok(t, "* argument may appear only once")
			}
			star = p.advance()
			p.varargs(a, star, closer, annotated)
		default:
			p.paramWithDefault(a, star != nil, annotated)
		}
		if !p.accept(",") || a.Kwarg != nil {
			break
		}
	}
	p.duplicates(a)
	return a
}

// debugParams records the error for a parameter named __debug__ of the
// function or lambda n.
func (p *parser) debugParams(n Node, a *Arguments) {
	for _, list := range [][]*Arg{a.PosOnlyArgs, a.Args, {a.Vararg}, a.KwOnlyArgs, {a.Kwarg}} {
		for _, arg := range list {
			if arg != nil {
				p.notDebug(n, arg.Arg)
			}
		}
	}
}

// varargs parses what follows a * parameter marker.
func (p *parser) varargs(a *Arguments, star *token, closer string, annotated bool) {
	if p.at(",") || p.at(closer) {
		if p.at(closer) || p.peek(1).is(closer) || p.peek(1).is("**") {
			if closer == ":" {
				p.errorLast("named arguments must follow bare *")
			}
			p.errorAtTok(star, "named arguments must follow bare *")
		}
		return
	}
	a.Vararg = p.param(annotated)
	if p.at("=") {
		p.errorAtTok(p.tok(), "var-positional argument cannot have default value")
	}
}

// afterKwarg checks that nothing follows **kwargs.
func (p *parser) afterKwarg(closer string) {
	if t := p.tok(); t.is("=") {
		p.errorAtTok(t, "var-keyword argument cannot have default value")
	}
	if p.at(",") && !p.peek(1).is(closer) {
		p.advance()
		p.errorAtTok(p.tok(), "arguments cannot follow var-keyword argument")
	}
}

// slash moves the parameters so far to the positional-only ones.
func (p *parser) slash(a *Arguments, star *token) {
	t := p.tok()
	switch {
	case len(a.PosOnlyArgs) > 0:
		p.errorAtTok(t, "/ may appear only once")
	case star != nil:
		p.errorAtTok(t, "/ must be ahead of *")
	case len(a.Args) == 0:
		if p.hintPeek(1).is(",") {
			p.errorAtTok(t, "at least one argument must precede /")
		}
		p.invalid()
	}
	p.advance()
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
		p.defaultMissing(a, arg)
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

// duplicates records CPython's symbol-table error for a parameter name
// used twice.
func (p *parser) duplicates(a *Arguments) {
	seen := map[string]bool{}
	for _, list := range [][]*Arg{a.PosOnlyArgs, a.Args, {a.Vararg}, a.KwOnlyArgs, {a.Kwarg}} {
		for _, arg := range list {
			if arg == nil {
				continue
			}
			if seen[arg.Arg] {
				p.lateError(true, arg, "duplicate argument '"+arg.Arg+"' in function definition")
			}
			seen[arg.Arg] = true
		}
	}
}

// defaultMissing raises the error for a parameter without a default
// after one with: CPython names it when the parameter ends there and no
// "/" without defaults came before, and says "invalid syntax" else.
func (p *parser) defaultMissing(a *Arguments, arg *Arg) {
	t := p.tok()
	ends := t.is(",") || t.is(")") || t.is(":")
	slashFirst := len(a.PosOnlyArgs) > 0 && len(a.Defaults) <= len(a.Args)
	if !ends || slashFirst {
		p.invalid()
	}
	p.errorAt(arg, "non-default argument follows default argument")
}

// unparenthesized raises the error for a generator expression that is
// not a call's only argument, spanning its element and clauses.
func (p *parser) unparenthesized(g *GeneratorExp) {
	last := g.Generators[len(g.Generators)-1]
	end := last.Iter
	if len(last.Ifs) > 0 {
		end = last.Ifs[len(last.Ifs)-1]
	}
	p.raise("SyntaxError", "Generator expression must be parenthesized", spanOf(g.Elt, end))
}
