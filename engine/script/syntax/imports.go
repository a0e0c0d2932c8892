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
	if s.Module == "__future__" && s.Level == 0 && p.scopes > 0 {
		p.lateError(false, s, futureLate)
	}
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

// futureFeatures are the names from __future__ import accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

const futureLate = "from __future__ imports must occur at the beginning of the file"

// futureError returns the error CPython finds in a module's
// __future__ imports before compiling it: one after other statements
// (a docstring may come first), or a feature it does not know.
func futureError(body []Stmt) *Error {
	for i, s := range body {
		imp, ok := s.(*ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			continue
		}
		if !futureFirst(body[:i]) {
			return nodeError(imp, futureLate)
		}
		for _, a := range imp.Names {
			msg := "future feature " + a.Name + " is not defined"
			if a.Name == "braces" {
				msg = "not a chance"
			}
			if !futureFeatures[a.Name] {
				e := nodeError(imp, msg)
				e.EndOffset = 0 // CPython gives these no end
				return e
			}
		}
	}
	return nil
}

// futureFirst reports whether the statements before a __future__ import
// are only a docstring and other __future__ imports.
func futureFirst(before []Stmt) bool {
	for i, s := range before {
		if e, ok := s.(*ExprStmt); ok && i == 0 {
			if c, ok := e.Value.(*Constant); ok {
				if _, str := c.Value.(string); str {
					continue
				}
			}
		}
		if imp, ok := s.(*ImportFrom); !ok || imp.Module != "__future__" || imp.Level != 0 {
			return false
		}
	}
	return true
}
