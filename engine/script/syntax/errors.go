package syntax

import (
	"strconv"
	"strings"
)

// Error is a syntax error as CPython 3.11 reports it: Type is
// "SyntaxError", "IndentationError" or "TabError"; Line and Offset are
// 1-based as in SyntaxError (Offset counts characters); Text is
// the offending source line.
type Error struct {
	Filename           string
	Type, Msg          string
	Line, Offset       int
	EndLine, EndOffset int
	Text               string
	scanning           bool // raised by the scanner
	unclosed           bool // a bracket still open at the end
	// deferred marks the scanning errors CPython's tokenizer reports
	// only when the parser asks for the token (indentation, line
	// continuation), which never replace a parser error.
	deferred bool
	final    bool // an unexpected indent, which CPython reports as it is
	from311  bool // found by scanning an f-string as Python 3.11 did
	generic  bool // a plain "invalid syntax" (or unexpected indent)
}

// Error returns the message as str() of a Python SyntaxError does.
func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return e.Msg + " (" + e.Filename + ", line " + strconv.Itoa(e.Line) + ")"
}

// errorAt makes an error token for a SyntaxError at line and 1-based
// offset.
func (s *scanner) errorAt(msg string, line, offset int) token {
	e := &Error{Type: "SyntaxError", Msg: msg, Line: line, Offset: offset,
		EndLine: line, EndOffset: offset, scanning: true}
	return token{kind: tError, err: e, off: s.off, end: s.off, pos: Pos{line, offset - 1, line, offset}}
}

// lineText returns line n of src (1-based) without its line break.
func lineText(src string, n int) string {
	for ; n > 1; n-- {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		src = src[i+1:]
	}
	if i := strings.IndexAny(src, "\r\n"); i >= 0 {
		return src[:i]
	}
	return src
}

func itoa(n int) string { return strconv.Itoa(n) }

func hex4(r rune) string {
	h := strings.ToUpper(strconv.FormatInt(int64(r), 16))
	for len(h) < 4 {
		h = "0" + h
	}
	return h
}
