package syntax

import "strings"

// String literals are scanned whole, f-strings included: the scanner
// follows Python 3.12's rules (PEP 701) to find where an f-string ends,
// so a replacement field may hold strings with the f-string's own quote.
// The parser later walks the literal again to decode it.

// tooDeep is the error for f-strings nested past maxFieldNesting.
const tooDeep = "f-string: expressions nested too deeply"

// str scans the string literal whose prefix starts at start.
func (s *scanner) str(start int) token {
	line, col := s.line, s.col()
	i := start
	for s.src[i] != '"' && s.src[i] != '\'' {
		i++
	}
	prefix := strings.ToLower(s.src[start:i])
	s.off = i
	f, raw := strings.IndexByte(prefix, 'f') >= 0, strings.IndexByte(prefix, 'r') >= 0
	if t := s.skipString(f, raw, line, col); t != nil {
		if !f || t.err.Msg == tooDeep {
			return *t
		}
		if t := s.plainEnd(i, raw, line, col); t != nil {
			return *t
		}
	}
	return token{kind: tString, text: s.src[start:s.off], off: start, end: s.off,
		pos: Pos{line, col, s.line, s.col()}}
}

// quoteAt returns the quote (' " ”' or """) that opens at off.
func quoteAt(src string, off int) string {
	q := src[off : off+1]
	if strings.HasPrefix(src[off:], q+q+q) {
		return q + q + q
	}
	return q
}

// skipString moves past the literal whose opening quote is at the
// scanner's position; line, col is where its prefix began.
func (s *scanner) skipString(f, raw bool, line, col int) *token {
	q := quoteAt(s.src, s.off)
	s.off += len(q)
	for {
		if s.off >= len(s.src) {
			return s.unterminated(q, line, col)
		}
		switch c := s.src[s.off]; {
		case strings.HasPrefix(s.src[s.off:], q):
			s.off += len(q)
			return nil
		case c == '\\':
			s.skipEscape(f, raw)
		case c == '\n' || c == '\r':
			if len(q) == 1 {
				return s.unterminated(q, line, col)
			}
			s.newline()
		case f && c == '{':
			if strings.HasPrefix(s.src[s.off:], "{{") {
				s.off += 2
				continue
			}
			s.off++
			if t, ended := s.skipField(q, line, col); t != nil || ended {
				return t
			}
		default:
			s.off++
		}
	}
}

// plainEnd moves past the literal whose quote is at off as if it were
// no f-string, as Python 3.11 reads an f-string, or returns the error
// 3.11 reports for it. An f-string that does not end under 3.12's rules is read so, so
// that its errors are 3.11's.
func (s *scanner) plainEnd(off int, raw bool, line, col int) *token {
	s.off, s.line, s.lineStart = off, line, s.lineStartAt(off)
	return s.skipString(false, raw, line, col)
}

// lineStartAt returns where the line holding off starts.
func (s *scanner) lineStartAt(off int) int {
	return strings.LastIndexByte(s.src[:off], '\n') + 1
}

// skipEscape moves past a backslash and what it escapes; in an
// f-string a brace after a backslash still opens or closes a field,
// except in \N{...}.
func (s *scanner) skipEscape(f, raw bool) {
	s.off++
	if s.off >= len(s.src) {
		return
	}
	switch c := s.src[s.off]; {
	case c == '\n' || c == '\r':
		s.newline()
	case f && (c == '{' || c == '}'):
	case f && !raw && c == 'N' && strings.HasPrefix(s.src[s.off:], "N{"):
		if end := strings.IndexByte(s.src[s.off:], '}'); end >= 0 {
			s.off += end + 1
		} else {
			s.off++
		}
	default:
		s.off++
	}
}

// skipField moves past an f-string replacement field whose opening
// brace is just behind the scanner, up to and including its closing
// brace. A quote that opens no string that ends (as in f"{x") ends the
// f-string, as Python 3.11 reads it (ended), so the parser reports the
// field's missing brace as 3.11 does.
func (s *scanner) skipField(q string, line, col int) (*token, bool) {
	s.fields++
	defer func() { s.fields-- }()
	if s.fields > maxFieldNesting {
		s.off = len(s.src)
		t := s.errorAt(tooDeep, line, col+1)
		return &t, false
	}
	depth := 0
	for s.off < len(s.src) {
		switch c := s.src[s.off]; {
		case c == '\'' || c == '"':
			line, col := s.line, s.col()
			if t, ended := s.skipNested(q, func() *token { return s.skipString(false, false, line, col) }); t != nil || ended {
				return t, ended
			}
		case isNameStart(c):
			if t, ended := s.skipNested(q, s.skipNameOrString); t != nil || ended {
				return t, ended
			}
		case c == '(' || c == '[' || c == '{':
			depth++
			s.off++
		case c == ')' || c == ']':
			depth--
			s.off++
		case c == '}':
			s.off++
			if depth == 0 {
				return nil, false
			}
			depth--
		case c == ':' && depth == 0:
			s.off++
			return s.skipSpec(q, line, col)
		case c == '#' && len(q) == 3:
			// a comment, which 3.12 allows in a triple-quoted f-string's field
			for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
				s.off++
			}
		case c == '\n' || c == '\r':
			s.newline()
		default:
			s.off++
		}
	}
	return s.unterminated(q, line, col), false
}

// skipNameOrString moves past a name inside a field, or past the
// string literal it prefixes.
func (s *scanner) skipNameOrString() *token {
	start, line, col := s.off, s.line, s.col()
	for s.off < len(s.src) && (isNameStart(s.src[s.off]) || isDigit(s.src[s.off])) {
		s.off++
	}
	if s.off < len(s.src) && (s.src[s.off] == '"' || s.src[s.off] == '\'') && isPrefix(s.src[start:s.off]) {
		p := strings.ToLower(s.src[start:s.off])
		return s.skipString(strings.IndexByte(p, 'f') >= 0, strings.IndexByte(p, 'r') >= 0, line, col)
	}
	return nil
}

// skipNested moves past a string nested in a field; one that does not
// end, opened with the f-string's own quote q, ends the f-string
// instead (ended), as Python 3.11 reads f"{x".
func (s *scanner) skipNested(q string, skip func() *token) (*token, bool) {
	off, l, ls := s.off, s.line, s.lineStart
	t := s.nested(skip)
	if t == nil || t.err.Msg == tooDeep {
		return t, false
	}
	i := off
	for i < len(s.src) && s.src[i] != '"' && s.src[i] != '\'' {
		i++
	}
	if strings.HasPrefix(s.src[i:], q) {
		s.off, s.line, s.lineStart = i+len(q), l, ls
		return nil, true
	}
	return t, false
}

// skipSpec moves past a field's format spec and the field's closing
// brace; a brace inside it opens a nested field, and the f-string's
// quote ends the f-string (ended).
func (s *scanner) skipSpec(q string, line, col int) (*token, bool) {
	for s.off < len(s.src) {
		switch c := s.src[s.off]; {
		case strings.HasPrefix(s.src[s.off:], q):
			s.off += len(q)
			return nil, true
		case c == '{':
			s.off++
			if t, ended := s.skipField(q, line, col); t != nil || ended {
				return t, ended
			}
		case c == '}':
			s.off++
			return nil, false
		case c == '\\':
			s.off += 2
		case c == '\n' || c == '\r':
			if len(q) == 1 {
				return s.unterminated(q, line, col), false
			}
			s.newline()
		default:
			s.off++
		}
	}
	return s.unterminated(q, line, col), false
}

// unterminated reports a string literal that never closes.
func (s *scanner) unterminated(q string, line, col int) *token {
	at := s.line
	if s.off >= len(s.src) && s.off > 0 && s.src[s.off-1] == '\n' {
		at-- // the input ended with the line break that continued the string
	}
	if len(q) == 3 {
		at = strings.Count(s.src, "\n") + 1
		if strings.HasSuffix(s.src, "\n") {
			at--
		}
	}
	msg := "unterminated string literal (detected at line " + itoa(at) + ")"
	if len(q) == 3 {
		msg = "unterminated triple-quoted string literal (detected at line " + itoa(at) + ")"
	}
	s.off = len(s.src)
	t := s.errorAt(msg, line, col+1)
	return &t
}

// nestedEnd is where a string nested in a field, scanned once, ended.
type nestedEnd struct {
	off, line, lineStart int
	err                  *token
}

// nested runs skip, which scans the string nested in a field at the
// scanner's position, once for each position: a string that does not
// end makes the f-string around it end instead, and without this memo
// the strings inside would be scanned again for each level around them.
func (s *scanner) nested(skip func() *token) *token {
	if e, ok := s.nestedEnds[s.off]; ok {
		s.off, s.line, s.lineStart = e.off, e.line, e.lineStart
		return e.err
	}
	start := s.off
	t := skip()
	if s.nestedEnds == nil {
		s.nestedEnds = map[int]nestedEnd{}
	}
	s.nestedEnds[start] = nestedEnd{s.off, s.line, s.lineStart, t}
	return t
}
