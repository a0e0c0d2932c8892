package syntax

import "strings"

// F-strings. The scanner has found where each f-string ends; here the
// parser walks its body again, decoding the literal text and parsing
// each replacement field's expression with a scanner that starts inside
// the field, so the expression's nodes carry their true positions.

// pieces collects the values of a JoinedStr, joining adjacent text.
type pieces struct {
	pos    Pos
	values []Expr
	text   strings.Builder
}

func (j *pieces) flush() {
	if j.text.Len() > 0 {
		j.values = append(j.values, &Constant{Pos: j.pos, Value: j.text.String()})
		j.text.Reset()
	}
}

func (j *pieces) add(e Expr) {
	j.flush()
	j.values = append(j.values, e)
}

// joined builds the JoinedStr of adjacent literals, at least one an
// f-string.
func (p *parser) joined(lits []strLit, pos Pos) Expr {
	j := &pieces{pos: pos}
	for _, l := range lits {
		if l.fmt {
			p.fstring(j, l)
		} else {
			j.text.WriteString(p.decode(l, l.bodyOff, l.bodyEnd))
		}
	}
	j.flush()
	return &JoinedStr{Pos: pos, Values: j.values}
}

// fstring adds the pieces of the f-string l to j.
func (p *parser) fstring(j *pieces, l strLit) {
	src, i, seg := p.src, l.bodyOff, l.bodyOff
	for i < l.bodyEnd {
		switch c := src[i]; {
		case c == '\\':
			i = p.skipEscapeIn(l, i)
		case (c == '{' || c == '}') && i+1 < l.bodyEnd && src[i+1] == c:
			j.text.WriteString(p.decode(l, seg, i+1))
			i += 2
			seg = i
		case c == '{':
			j.text.WriteString(p.decode(l, seg, i))
			i = p.field(j, l, i+1)
			seg = i
		case c == '}':
			p.fstringError(l, i, "f-string: single '}' is not allowed")
		default:
			i++
		}
	}
	j.text.WriteString(p.decode(l, seg, l.bodyEnd))
}

// skipEscapeIn returns where the escape at i of an f-string ends; a
// brace after a backslash is not part of the escape, except in \N{...}.
func (p *parser) skipEscapeIn(l strLit, i int) int {
	src := p.src
	if i+1 >= l.bodyEnd || src[i+1] == '{' || src[i+1] == '}' {
		return i + 1
	}
	if !l.raw && strings.HasPrefix(src[i+1:l.bodyEnd], "N{") {
		if end := strings.IndexByte(src[i:l.bodyEnd], '}'); end >= 0 {
			return i + end + 1
		}
	}
	return i + 2
}

// field parses the replacement field whose expression starts at off,
// adds it to j and returns where the field ends.
func (p *parser) field(j *pieces, l strLit, off int) int {
	sub := p.fieldParser(l, off)
	p.fieldNotEmpty(sub, l, off)
	var e Expr
	if sub.at("yield") {
		e = sub.yield()
	} else {
		e = sub.starExprs()
	}
	fv := &FormattedValue{Value: e, Conversion: -1}
	t := sub.tok()
	debug := t.is("=")
	if debug {
		sub.advance()
		t = sub.tok()
		j.text.WriteString(p.src[off:t.off])
	}
	if t.is("!") {
		t = p.conversion(sub, fv, l)
	}
	end := t.end
	switch {
	case t.is(":"):
		fv.FormatSpec, end = p.formatSpec(l, t.end)
	case t.is(":="):
		// {x:=^10} is x with the spec =^10: inside a field, := is a colon
		// and the spec's first character.
		fv.FormatSpec, end = p.formatSpec(l, t.off+1)
	case !t.is("}"):
		p.fstringError(l, t.off, "f-string: expecting '}'")
	}
	if debug && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	fv.Pos = Pos{e.Position().Line, e.Position().Col, sub.prev().pos.EndLine, sub.prev().pos.EndCol}
	j.add(fv)
	return end
}

// fieldNotEmpty raises CPython 3.11's errors for a field with no
// expression: {} and { }, or {!r}, {:>3}, {=} before the expression.
func (p *parser) fieldNotEmpty(sub *parser, l strLit, off int) {
	t := sub.tok()
	switch {
	case t.is("}"):
		p.fstringError(l, off, "f-string: empty expression not allowed")
	case t.is("!"), t.is(":"), t.is("="), t.is(":="):
		p.fstringError(l, off, "f-string: expression required before '"+t.text[:1]+"'")
	}
}

// fieldParser returns a parser for the field expression at off of l.
func (p *parser) fieldParser(l strLit, off int) *parser {
	line := l.tok.pos.Line + strings.Count(p.src[l.tok.off:off], "\n")
	lineStart := strings.LastIndexByte(p.src[:off], '\n') + 1
	sc := newFieldScanner(p.src, off, line, lineStart)
	return &parser{filename: p.filename, src: p.src, sc: sc, fn: p.fn, loops: p.loops}
}

// conversion parses !s, !r or !a after a field's expression and returns
// the token after it.
func (p *parser) conversion(sub *parser, fv *FormattedValue, l strLit) *token {
	bang := sub.advance()
	t := sub.peek(0)
	if t.kind != tName || t.off != bang.end || len(t.text) != 1 || strings.IndexByte("sra", t.text[0]) < 0 {
		p.fstringError(l, bang.end, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
	}
	fv.Conversion = int(t.text[0])
	sub.advance()
	return sub.tok()
}

// formatSpec parses a field's format spec starting at off, up to the
// field's closing brace, and returns it with where the field ends.
func (p *parser) formatSpec(l strLit, off int) (Expr, int) {
	j := &pieces{pos: l.tok.pos}
	src, i, seg := p.src, off, off
	for i < l.bodyEnd {
		switch c := src[i]; {
		case c == '\\':
			i = p.skipEscapeIn(l, i)
		case c == '{':
			j.text.WriteString(p.decode(l, seg, i))
			i = p.field(j, l, i+1)
			seg = i
		case c == '}':
			j.text.WriteString(p.decode(l, seg, i))
			j.flush()
			return &JoinedStr{Pos: j.pos, Values: j.values}, i + 1
		default:
			i++
		}
	}
	p.fstringError(l, l.bodyEnd, "f-string: expecting '}'")
	return nil, 0
}

// fstringError raises an f-string error at source offset off.
func (p *parser) fstringError(l strLit, off int, msg string) {
	line := l.tok.pos.Line + strings.Count(p.src[l.tok.off:off], "\n")
	col := off - (strings.LastIndexByte(p.src[:off], '\n') + 1)
	p.raise("SyntaxError", msg, Pos{line, col, line, col + 1})
}
