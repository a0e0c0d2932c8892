package syntax

import "strings"

// Python 3.11 read an f-string's replacement field by scanning its text
// for the expression's end before compiling it, and that scan has errors
// of its own, which come first. When a field fails to parse, the parser
// scans it as 3.11 did, so that broken f-strings get 3.11's messages;
// fields that parse are 3.12's business, and never scanned so.

// as311 replaces the error a field starting at off of l failed with by
// the one Python 3.11's scan finds, if any. It runs deferred in field.
func (p *parser) as311(l strLit, off int) {
	r := recover()
	if r == nil {
		return
	}
	if e, ok := r.(*Error); ok && !e.from311 {
		if e := unterminated311(p.src, l); e != nil {
			panic(e)
		}
		if msg := scan311(p.src[off:l.bodyEnd]); msg != "" {
			defer func() {
				e := recover().(*Error)
				e.from311 = true
				panic(e)
			}()
			p.errorLast(msg)
		}
	}
	panic(r)
}

// scan311 returns the error Python 3.11's scan of a field expression
// reports in s (the f-string's body from the expression on), or "".
func scan311(s string) string {
	var open []byte
	quote := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			return "f-string expression part cannot include a backslash"
		case quote != "":
			if strings.HasPrefix(s[i:], quote) {
				i += len(quote) - 1
				quote = ""
			}
		case c == '\'' || c == '"':
			quote = quoteAt(s, i)
			i += len(quote) - 1
		case c == '(' || c == '[' || c == '{':
			if len(open) >= maxParens {
				return "f-string: too many nested parenthesis"
			}
			open = append(open, c)
		case c == '#':
			return "f-string expression part cannot include '#'"
		case len(open) == 0 && strings.IndexByte("!:}=<>", c) >= 0:
			if i+1 < len(s) && s[i+1] == '=' && strings.IndexByte("!=<>", c) >= 0 {
				i++ // !=, ==, <= and >= do not end the expression
				continue
			}
			if c != '<' && c != '>' {
				return ""
			}
		case c == ')' || c == ']' || c == '}':
			if len(open) == 0 {
				return "f-string: unmatched '" + string(c) + "'"
			}
			o := open[len(open)-1]
			open = open[:len(open)-1]
			if o != map[byte]byte{')': '(', ']': '[', '}': '{'}[c] {
				return "f-string: closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(o) + "'"
			}
		}
	}
	switch {
	case quote != "":
		return "f-string: unterminated string"
	case len(open) > 0:
		return "f-string: unmatched '" + string(open[len(open)-1]) + "'"
	}
	return "f-string: expecting '}'"
}

// unterminated311 returns the error Python 3.11's tokenizer reports for
// the f-string l if, read as 3.11 read it (a plain string), it does not
// end: a field that spans lines in a one-line f-string, for instance.
func unterminated311(src string, l strLit) *Error {
	t := l.tok
	s := &scanner{src: src, off: l.bodyOff - len(l.quote), line: t.pos.Line,
		lineStart: t.off - t.pos.Col, limit: len(src)}
	if bad := s.skipString(false, l.raw, t.pos.Line, t.pos.Col); bad != nil {
		bad.err.from311 = true
		return bad.err
	}
	return nil
}
