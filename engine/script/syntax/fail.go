package syntax

// fail raises "invalid syntax" at token t.
func (p *parser) fail(t *token) {
	if t.kind == tError {
		panic(t.err)
	}
	p.errorAtTok(t, "invalid syntax")
}

// expected raises the error for a missing token s at the current token.
func (p *parser) expected(s string) {
	t := p.tok()
	if s == ":" {
		p.errorAfter("expected ':'")
	}
	p.fail(t)
}

// errorAtTok raises a SyntaxError spanning token t.
func (p *parser) errorAtTok(t *token, msg string) {
	p.raise("SyntaxError", msg, t.pos)
}

// errorAt raises a SyntaxError spanning node n.
func (p *parser) errorAt(n Node, msg string) {
	p.raise("SyntaxError", msg, n.Position())
}

// errorAfter raises a SyntaxError just after the last token consumed,
// where CPython points for a missing token.
func (p *parser) errorAfter(msg string) {
	e := p.prev().pos
	p.raise("SyntaxError", msg, Pos{e.EndLine, e.EndCol, e.EndLine, e.EndCol})
}

// raise panics with an Error of type typ at pos (0-based byte columns).
func (p *parser) raise(typ, msg string, pos Pos) {
	panic(&Error{Type: typ, Msg: msg, Line: pos.Line, Offset: pos.Col + 1,
		EndLine: pos.EndLine, EndOffset: pos.EndCol + 1, Text: lineText(p.src, pos.Line)})
}
