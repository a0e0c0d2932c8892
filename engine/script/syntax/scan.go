package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanner turns source into tokens one at a time, as CPython's tokenizer
// does: the parser pulls tokens as it needs them, so an f-string's
// replacement field is scanned by a scanner of its own that stops where
// the field's expression ends.
type scanner struct {
	src       string
	off       int
	line      int
	lineStart int // offset of the current line's first byte
	parens    []paren
	indents   []int // indentation columns, tabs to multiples of 8
	alts      []int // the same with tabs as one column, to detect TabError
	dedents   int   // DEDENT tokens still to hand out
	atBOL     bool  // at the beginning of a logical line
	last      tokKind
	emitted   bool // a token other than layout was handed out
	field     bool // scanning an f-string replacement field
	eofDone   bool
	limit     int // where the input ends for the scanner
	// nestedEnds remembers where each string nested in an f-string's
	// field ended (see nested).
	nestedEnds map[int]nestedEnd
	fields     int // f-string fields open around the scanner's position
	comment    int // where a comment skipped just now began, or -1
}

// CPython's tokenizer limits: brackets open at once, and indented
// blocks (counting the file's own level).
const (
	maxParens  = 200
	maxIndents = 100
	// maxFieldNesting is Python 3.12's limit on f-strings nested in
	// f-strings' fields.
	maxFieldNesting = 150
)

// paren is an open bracket, kept to report where an unclosed one began.
type paren struct {
	ch        byte
	line, col int
}

func newScanner(src string) *scanner {
	return &scanner{src: src, line: 1, indents: []int{0}, alts: []int{0}, atBOL: true, last: tNewline, limit: len(src)}
}

// newFieldScanner scans the expression of an f-string field starting at
// off, which is on line line beginning at lineStart, up to limit.
func newFieldScanner(src string, off, line, lineStart, limit int) *scanner {
	return &scanner{src: src, off: off, line: line, lineStart: lineStart, field: true, last: tOp, limit: limit}
}

// next returns the next token.
func (s *scanner) next() token {
	t := s.scan()
	s.last = t.kind
	t.depth = len(s.parens)
	return t
}

func (s *scanner) scan() token {
	for {
		if s.dedents > 0 {
			s.dedents--
			return s.layout(tDedent)
		}
		if s.atBOL && len(s.parens) == 0 && !s.field {
			s.atBOL = false
			if t, ok := s.indentation(); ok {
				return t
			}
		}
		if err := s.skipBlanks(); err != nil {
			return *err
		}
		if s.off >= s.limit {
			return s.eof()
		}
		c := s.src[s.off]
		if c == '\n' || c == '\r' {
			start, col, end := s.off, s.col(), s.col()
			if s.comment >= 0 {
				col = s.comment - s.lineStart // CPython's NEWLINE spans a comment before it
			}
			s.newline()
			if len(s.parens) > 0 || s.field || s.last == tNewline {
				continue
			}
			s.atBOL = true
			return token{kind: tNewline, text: s.src[start:s.off], off: start, end: s.off,
				pos: Pos{s.line - 1, col, s.line - 1, end}}
		}
		return s.token(c)
	}
}

// token scans the token starting with byte c.
func (s *scanner) token(c byte) token {
	s.emitted = true
	switch {
	case isDigit(c) || c == '.' && s.off+1 < len(s.src) && isDigit(s.src[s.off+1]):
		return s.number()
	case c == '"' || c == '\'':
		return s.str(s.off)
	case isNameStart(c):
		return s.name()
	case c >= utf8.RuneSelf:
		return s.unicodeName()
	}
	return s.operator()
}

// col is the byte column of the scanner's position.
func (s *scanner) col() int { return s.off - s.lineStart }

// newline consumes one line break (\n, \r\n or \r).
func (s *scanner) newline() {
	if s.src[s.off] == '\r' && s.off+1 < len(s.src) && s.src[s.off+1] == '\n' {
		s.off++
	}
	s.off++
	s.line++
	s.lineStart = s.off
}

// layout makes an INDENT, DEDENT or NEWLINE token at the current place.
func (s *scanner) layout(k tokKind) token {
	c := s.col()
	return token{kind: k, off: s.off, end: s.off, pos: Pos{s.line, c, s.line, c}}
}

// skipBlanks skips spaces, tabs, form feeds, comments and backslash
// continuations.
func (s *scanner) skipBlanks() *token {
	s.comment = -1
	for s.off < len(s.src) {
		switch c := s.src[s.off]; c {
		case ' ', '\t', '\f':
			s.off++
		case '#':
			s.comment = s.off
			for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
				s.off++
			}
		case '\\':
			if err := s.continuation(); err != nil {
				return err
			}
		default:
			return nil
		}
	}
	return nil
}

// continuation joins the next line to this one after a backslash.
func (s *scanner) continuation() *token {
	n := s.off + 1
	if n == len(s.src) {
		t := s.continuedToEOF(s.line, s.col()+2)
		s.off = n
		return &t
	}
	if n < len(s.src) && (s.src[n] == '\n' || s.src[n] == '\r') {
		s.off = n
		line := s.line
		s.newline()
		if s.off >= len(s.src) {
			t := s.continuedToEOF(line, len(lineText(s.src, line))+1)
			return &t
		}
		return nil
	}
	s.emitted = true
	t := s.errorAt("unexpected character after line continuation character", s.line, s.col()+2)
	t.err.deferred, t.err.EndOffset = true, 0
	s.off = len(s.src)
	return &t
}

// operator scans an operator or bracket.
func (s *scanner) operator() token {
	rest := s.src[s.off:]
	for _, op := range operatorsAt[rest[0]] {
		if strings.HasPrefix(rest, op) {
			if op == ":=" && s.field && len(s.parens) == 0 {
				op = ":" // a format spec follows, as in f"{x:=10}"
			}
			return s.bracket(op)
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return s.badChar(r)
}

// bracket makes the token of operator op, keeping count of brackets.
func (s *scanner) bracket(op string) token {
	line, col := s.line, s.col()
	switch op {
	case "(", "[", "{":
		if len(s.parens) == maxParens {
			s.off = len(s.src)
			return s.errorAt("too many nested parentheses", line, col+1)
		}
		s.parens = append(s.parens, paren{op[0], line, col})
	case ")", "]", "}":
		if t, bad := s.closing(op[0], line, col); bad {
			return t
		}
	}
	return s.make(tOp, s.off, s.off+len(op), line, col)
}

// closing pops the bracket that op closes, or reports a mismatch.
func (s *scanner) closing(c byte, line, col int) (token, bool) {
	if len(s.parens) == 0 {
		if s.field {
			return token{}, false
		}
		s.off = len(s.src)
		return s.errorAt("unmatched '"+string(c)+"'", line, col+1), true
	}
	p := s.parens[len(s.parens)-1]
	s.parens = s.parens[:len(s.parens)-1]
	if p.ch == '(' && c == ')' || p.ch == '[' && c == ']' || p.ch == '{' && c == '}' {
		return token{}, false
	}
	msg := "closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(p.ch) + "'"
	if p.line != line {
		msg += " on line " + itoa(p.line)
	}
	s.off = len(s.src)
	return s.errorAt(msg, line, col+1), true
}

// make makes a token of kind k from start to end, which began at line,
// col, and moves the scanner to end.
func (s *scanner) make(k tokKind, start, end, line, col int) token {
	s.off = end
	return token{kind: k, text: s.src[start:end], off: start, end: end,
		pos: Pos{line, col, s.line, s.col()}}
}

// name scans an identifier, keyword or string prefix.
func (s *scanner) name() token {
	start, i := s.off, s.off
	for i < len(s.src) && (isNameStart(s.src[i]) || isDigit(s.src[i])) {
		i++
	}
	if i < len(s.src) && s.src[i] >= utf8.RuneSelf {
		return s.unicodeName()
	}
	if i < s.limit && (s.src[i] == '"' || s.src[i] == '\'') && isPrefix(s.src[start:i]) {
		return s.str(start)
	}
	t := s.make(tName, s.off, i, s.line, s.col())
	t.keyword = isKeyword(t.text)
	return t
}

// unicodeName scans an identifier holding non-ASCII letters.
func (s *scanner) unicodeName() token {
	i := s.off
	for i < len(s.src) {
		r, n := utf8.DecodeRuneInString(s.src[i:])
		if !isNameRune(r, i == s.off) {
			break
		}
		i += n
	}
	if i == s.off {
		r, _ := utf8.DecodeRuneInString(s.src[s.off:])
		return s.badChar(r)
	}
	return s.make(tName, s.off, i, s.line, s.col())
}

// badChar reports a character that starts no token.
func (s *scanner) badChar(r rune) token {
	line, col := s.line, s.col()
	s.off = len(s.src)
	if !unicode.IsPrint(r) {
		return s.errorAt("invalid non-printable character U+"+hex4(r), line, col+1)
	}
	return s.errorAt("invalid character '"+string(r)+"' (U+"+hex4(r)+")", line, col+1)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isNameStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

func isNameRune(r rune, first bool) bool {
	if r < utf8.RuneSelf {
		return isNameStart(byte(r)) || !first && isDigit(byte(r))
	}
	if unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r) {
		return true
	}
	return !first && (unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r))
}

// isPrefix reports whether p is a string prefix: r, u, b, f and the
// pairs rb, br, fr, rf in any case.
func isPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "f", "rb", "br", "fr", "rf":
		return true
	}
	return false
}

// continuedToEOF reports a backslash continuation that meets the end of
// the input at line and offset: inside brackets, as the bracket never
// closed, as CPython does.
func (s *scanner) continuedToEOF(line, offset int) token {
	if len(s.parens) > 0 {
		p := s.parens[len(s.parens)-1]
		t := s.errorAt("'"+string(p.ch)+"' was never closed", p.line, p.col+1)
		t.err.EndOffset = 0
		return t
	}
	t := s.errorAt("unexpected EOF while parsing", line, offset)
	t.err.EndOffset = -1
	t.err.deferred = true
	return t
}
