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
			p.errorLast("f-string: single '}' is not allowed")
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
	defer p.as311(l, off)
	sub := p.fieldParser(l, off)
	p.fieldStart(sub)
	var e Expr
	p.inField(sub, l, off, func() {
		if sub.at("yield") {
			e = sub.yield()
		} else {
			e = sub.starExprs()
		}
		if s, ok := e.(*Starred); ok {
			sub.errorAt(s, "cannot use starred expression here")
		}
	})
	fv := &FormattedValue{Pos: j.pos, Value: e, Conversion: -1}
	t := sub.tok()
	if tup, ok := e.(*Tuple); ok && !sub.parens[e] {
		// Python 3.11 parses the field as "(x, y)", the braces standing
		// for the parentheses the tuple's position includes.
		line, lineStart := p.lineAt(l, off-1)
		tup.Pos = Pos{line, off - 1 - lineStart, t.pos.Line, t.pos.Col + 1}
	}
	debug := t.is("=")
	if debug {
		sub.advance()
		t = sub.tok()
		j.text.WriteString(p.src[off:t.off])
	}
	if t.is("!") {
		t = p.conversion(sub, fv)
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
		p.errorLast("f-string: expecting '}'")
	}
	if debug && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	j.add(fv)
	return end
}

// fieldStart rejects a field with no expression.
func (p *parser) fieldStart(sub *parser) {
	switch t := sub.tok(); {
	case t.kind == tEOF:
		p.errorLast("f-string: expecting '}'")
	case t.is("}"):
		p.errorLast("f-string: empty expression not allowed")
	case t.is("!") || t.is(":") || t.is("="):
		p.errorLast("f-string: expression required before '" + t.text + "'")
	}
}

// inField runs f, which parses the expression of a field starting at
// source offset off with sub, and reports its errors as Python 3.11
// does: prefixed "f-string: " and placed as if the expression, in
// parentheses, were the whole line.
func (p *parser) inField(sub *parser, l strLit, off int, f func()) {
	defer func() {
		for _, e := range []*Error{sub.symErr, sub.codeErr} {
			if e != nil && p.symErr == nil && p.codeErr == nil {
				p.codeErr = e
			}
		}
		r := recover()
		if r == nil {
			return
		}
		e, ok := r.(*Error)
		if !ok || e.scanning || strings.HasPrefix(e.Msg, "f-string: ") {
			panic(r)
		}
		if line, lineStart := p.lineAt(l, off); e.Line == line {
			col := off - lineStart
			e.Offset -= col - 1
			e.EndOffset -= col - 1
		}
		e.Msg = "f-string: " + e.Msg
		panic(e)
	}()
	f()
}

// lineAt returns the line of offset off inside the string literal l,
// and the offset where that line starts. The fields of an f-string come
// in order, so it counts lines on from the last offset asked for, and
// a long f-string is read once.
func (p *parser) lineAt(l strLit, off int) (int, int) {
	c := &p.cursor
	if c.off < l.tok.off || c.off > off || c.line == 0 {
		*c = cursor{l.tok.off, l.tok.pos.Line, l.tok.off - l.tok.pos.Col}
	}
	for ; c.off < off; c.off++ {
		if p.src[c.off] == '\n' {
			c.line, c.lineStart = c.line+1, c.off+1
		}
	}
	return c.line, c.lineStart
}

// cursor is a source offset with its line and the line's start.
type cursor struct{ off, line, lineStart int }

// fieldParser returns a parser for the field expression at off of l.
func (p *parser) fieldParser(l strLit, off int) *parser {
	line, lineStart := p.lineAt(l, off)
	sc := newFieldScanner(p.src, off, line, lineStart, l.bodyEnd)
	return &parser{filename: p.filename, src: p.src, sc: sc, fn: p.fn, loops: p.loops, scopes: p.scopes, keyAt: -1}
}

// conversion parses !s, !r or !a after a field's expression and returns
// the token after it.
func (p *parser) conversion(sub *parser, fv *FormattedValue) *token {
	bang := sub.advance()
	t := sub.peek(0)
	if t.kind != tName || t.off != bang.end || len(t.text) != 1 || strings.IndexByte("sra", t.text[0]) < 0 {
		p.errorLast("f-string: invalid conversion character: expected 's', 'r', or 'a'")
	}
	fv.Conversion = int(t.text[0])
	sub.advance()
	if next := sub.tok(); next.off != t.end {
		p.errorLast("f-string: expecting '}'")
	}
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
	p.errorLast("f-string: expecting '}'")
	return nil, 0
}
