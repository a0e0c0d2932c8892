package syntax

import "unicode/utf8"

// How the parser reports errors. CPython 3.11 parses a file once and,
// if that fails, again with rules that recognise common mistakes and
// name them ("expected ':'", "Perhaps you forgot a comma?"); failing
// that, it reports "invalid syntax" at the last token it read. This
// parser recognises the same mistakes where it fails.

// invalid raises "invalid syntax" at the furthest token read (the
// current one at least) outside the lookahead done for hints, where
// CPython points; at an INDENT or DEDENT it is an IndentationError.
func (p *parser) invalid() {
	p.peek(0)
	t := &p.toks[p.furthest]
	switch t.kind {
	case tError:
		panic(t.err)
	case tIndent:
		p.unexpectedIndent(t)
	case tDedent:
		if t.off < len(p.src) {
			p.unexpectedIndent(t)
		}
	}
	defer func() {
		e := recover().(*Error)
		e.generic = true
		panic(e)
	}()
	p.raiseAt("SyntaxError", "invalid syntax", t)
}

// raiseAt raises an error located at token t as CPython locates one at
// the last token read.
func (p *parser) raiseAt(typ, msg string, t *token) {
	switch {
	case t.kind == tEOF || t.kind == tDedent && t.off >= len(p.src):
		line, text := lastLine(p.src)
		p.raiseRaw(typ, msg, line, len(text)+1, -1)
	case t.kind == tIndent || t.kind == tDedent:
		p.raiseRaw(typ, msg, t.pos.Line, t.pos.Col, -1)
	}
	p.raise(typ, msg, t.pos)
}

// errorLast raises msg at the last token read, lookahead for hints
// included, as CPython places the errors its second pass names.
func (p *parser) errorLast(msg string) {
	p.raiseAt("SyntaxError", msg, &p.toks[len(p.toks)-1])
}

// lastLine returns the number and text of src's last line.
func lastLine(src string) (int, string) {
	n := 1
	for i := 0; i < len(src)-1; i++ {
		if src[i] == '\n' {
			n++
		}
	}
	return n, lineText(src, n)
}

// expected raises the error for a missing token s at the current token.
func (p *parser) expected(s string) {
	if s == ":" && p.tok().kind == tNewline {
		p.errorLast("expected ':'")
	}
	p.invalid()
}

// errorAtTok raises a SyntaxError spanning token t.
func (p *parser) errorAtTok(t *token, msg string) {
	p.raise("SyntaxError", msg, t.pos)
}

// errorAt raises a SyntaxError spanning node n.
func (p *parser) errorAt(n Node, msg string) {
	p.raise("SyntaxError", msg, n.Position())
}

// raise panics with an Error of type typ at pos (0-based byte columns).
func (p *parser) raise(typ, msg string, pos Pos) {
	panic(&Error{Type: typ, Msg: msg, Line: pos.Line, Offset: pos.Col + 1,
		EndLine: pos.EndLine, EndOffset: pos.EndCol + 1})
}

// raiseRaw panics with an Error at line and 1-based byte offsets.
func (p *parser) raiseRaw(typ, msg string, line, offset, endOffset int) {
	panic(&Error{Type: typ, Msg: msg, Line: line, Offset: offset, EndLine: line, EndOffset: endOffset})
}

// lateError records an error CPython's symbol table (sym) or compiler
// finds after parsing; the first of each kind is kept.
func (p *parser) lateError(sym bool, n Node, msg string) {
	pos := n.Position()
	e := &Error{Type: "SyntaxError", Msg: msg, Line: pos.Line, Offset: pos.Col + 1,
		EndLine: pos.EndLine, EndOffset: pos.EndCol + 1}
	switch {
	case p.noInvalid || p.quiet > 0:
	case sym && p.symErr == nil:
		p.symErr = e
	case !sym && p.codeErr == nil:
		p.codeErr = e
	}
}

// nodeError makes a SyntaxError located at node n.
func nodeError(n Node, msg string) *Error {
	pos := n.Position()
	return &Error{Type: "SyntaxError", Msg: msg, Line: pos.Line, Offset: pos.Col + 1,
		EndLine: pos.EndLine, EndOffset: pos.EndCol + 1}
}

// late returns the error CPython would raise after parsing body, if
// any: its symbol table's first (the earlier of those found while
// parsing and those of global and nonlocal), else its compiler's.
func (p *parser) late(body []Stmt) *Error {
	var visit, resolve *Error
	if p.scoped {
		visit, resolve = scopeErrors(body)
	}
	switch {
	case visit != nil && (p.symErr == nil || before(visit, p.symErr)):
		return visit
	case p.symErr != nil:
		return p.symErr
	case resolve != nil:
		return resolve
	}
	return p.codeErr
}

// before reports whether error a is located before error b.
func before(a, b *Error) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Offset < b.Offset
}

// finish fills in the file name and source line, and turns byte
// offsets into the character offsets SyntaxError holds.
func (e *Error) finish(filename, src string) {
	e.Filename = filename
	e.Text = lineText(src, e.Line)
	e.Offset = charOffset(e.Text, e.Offset)
	if e.EndOffset <= 0 {
		return // CPython's "no end" (0 or -1) stays as it is
	}
	if e.EndLine == e.Line {
		e.EndOffset = charOffset(e.Text, e.EndOffset)
	} else {
		e.EndOffset = charOffset(lineText(src, e.EndLine), e.EndOffset)
	}
}

// charOffset converts a 1-based byte offset in line to characters.
func charOffset(line string, off int) int {
	if off <= 1 {
		return off
	}
	if off-1 > len(line) {
		return utf8.RuneCountInString(line) + off - len(line)
	}
	return utf8.RuneCountInString(line[:off-1]) + 1
}

// unexpectedIndent raises the IndentationError for an INDENT or DEDENT
// where none may be; CPython reports it without scanning further.
func (p *parser) unexpectedIndent(t *token) {
	msg := "unexpected indent"
	if t.kind == tDedent {
		msg = "unexpected unindent"
	}
	defer func() {
		e := recover().(*Error)
		e.final, e.generic, e.EndOffset = true, true, -1
		panic(e)
	}()
	p.raiseAt("IndentationError", msg, t)
}
