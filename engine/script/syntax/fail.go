package syntax

import "strings"

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

// unclosedBracket is CPython's last look at a source its parser refused:
// it scans the rest of the source, and a bracket still open at the end,
// opened on a line before the one the parser stopped on, is the error
// reported instead ("'(' was never closed"). See
// _PyPegen_tokenize_full_source_to_check_for_errors in CPython 3.11's
// Parser/pegen_errors.c.
func (p *parser) unclosedBracket(e *Error) *Error {
	if len(p.toks) == 0 {
		return e
	}
	last := p.toks[len(p.toks)-1]
	if last.kind == tError || last.kind == tEOF {
		return e
	}
	for {
		t := p.sc.next()
		switch t.kind {
		case tEOF:
			return e
		case tError:
			if strings.HasSuffix(t.err.Msg, "was never closed") && t.err.Line < last.pos.Line {
				return t.err
			}
			return e
		}
	}
}
