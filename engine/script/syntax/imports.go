package syntax

import "strings"

// importStmt parses import a.b as c, d.
func (p *parser) importStmt(t *token) Stmt {
	p.advance()
	names := []*Alias{p.alias(true)}
	for p.accept(",") {
		names = append(names, p.alias(true))
	}
	return &Import{Pos: p.span(t.pos), Names: names}
}

// fromImport parses from [.]*module import names.
func (p *parser) fromImport(t *token) Stmt {
	p.advance()
	s := &ImportFrom{}
	for p.at(".") || p.at("...") {
		s.Level += len(p.advance().text)
	}
	if s.Level == 0 || !p.at("import") {
		s.Module = p.dottedName()
	}
	p.expect("import")
	switch {
	case p.at("*"):
		star := p.advance()
		s.Names = []*Alias{{Pos: star.pos, Name: "*"}}
	case p.accept("("):
		s.Names = p.aliases(")")
		p.expect(")")
	default:
		s.Names = p.aliases("")
	}
	s.Pos = p.span(t.pos)
	return s
}

// aliases parses name [as name], ... with a trailing comma allowed only
// before closer.
func (p *parser) aliases(closer string) []*Alias {
	names := []*Alias{p.alias(false)}
	for p.accept(",") {
		if closer != "" && p.at(closer) {
			break
		}
		names = append(names, p.alias(false))
	}
	return names
}

// alias parses a name, dotted if dotted, and its as-name.
func (p *parser) alias(dotted bool) *Alias {
	start := p.tok().pos
	a := &Alias{}
	if dotted {
		a.Name = p.dottedName()
	} else {
		a.Name = p.name().text
	}
	if p.accept("as") {
		a.AsName = p.name().text
	}
	a.Pos = p.span(start)
	return a
}

// dottedName parses a.b.c.
func (p *parser) dottedName() string {
	parts := []string{p.name().text}
	for p.accept(".") {
		parts = append(parts, p.name().text)
	}
	return strings.Join(parts, ".")
}
