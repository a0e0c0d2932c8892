package syntax

import "strings"

// The parser is a recursive-descent parser following the rules of
// CPython's PEG grammar (Grammar/python.gram), one method per rule or
// small group of rules. It pulls tokens from the scanner as it needs
// them and keeps them, so a rule can look ahead or back up: a match
// statement, for instance, is tried first and abandoned if "match"
// turns out to be a plain name. A syntax error unwinds the parser as a
// panic carrying *Error, recovered in Parse.

// Parse parses the Python 3.12 source src of the file filename. A
// syntax error is returned as *Error, chosen as CPython 3.11 chooses
// it: a scanning error first, then the parser's, and last the errors
// CPython's compiler finds in a tree that parsed ('return' outside
// function).
func Parse(filename, src string) (*Module, error) {
	if strings.IndexByte(src, 0) >= 0 {
		// CPython refuses such a source before reading it, with no line.
		return nil, &Error{Filename: filename, Type: "SyntaxError", Msg: "source code string cannot contain null bytes"}
	}
	// Code takes three to four bytes of source a token, so the token list
	// rarely grows.
	p := &parser{filename: filename, src: src, sc: newScanner(src), toks: make([]token, 0, len(src)/3+16), keyAt: -1}
	body, err := p.parseFile()
	if err == nil {
		err = futureError(body)
	}
	if err == nil {
		err = p.late(body)
	}
	if err != nil {
		err.finish(filename, src)
		return nil, err
	}
	return &Module{Body: body}, nil
}

// parseFile parses the file, recovering the error that stops it.
func (p *parser) parseFile() (body []Stmt, err *Error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			err = p.settle(e)
		}
	}()
	return p.file(), nil
}

// settle returns the error to report once the parser failed with e: as
// CPython does, it scans the rest of the source, and a scanning error
// there wins, as does a bracket left open on a line before e's.
func (p *parser) settle(e *Error) *Error {
	if e.scanning || e.final {
		return e
	}
	line := p.toks[p.furthest].pos.Line
	for {
		t := p.sc.next()
		switch t.kind {
		case tError:
			if t.err.unclosed && t.err.Line < line {
				return t.err
			}
			if t.err.deferred || t.err.unclosed {
				return p.unclosedBefore(line, e)
			}
			return t.err
		case tEOF:
			return e
		}
	}
}

// parser holds the tokens read so far; pos indexes the current one.
type parser struct {
	filename string
	src      string
	sc       *scanner
	toks     []token
	pos      int
	fn       *funcState // the innermost function, nil at module level
	loops    int        // loops around the statement being parsed in this function
	// symErr and codeErr are the first errors CPython's symbol table
	// and compiler would raise, reported if the whole file parses.
	symErr, codeErr *Error
	scopes          int           // the functions and classes around the statement
	parens          map[Expr]bool // expressions written in parentheses
	noInvalid       bool          // parsing speculatively: no error hints
	quiet           int           // looking ahead for a hint: no furthest token, no late errors
	furthest        int           // the furthest token read but for hints
	nesting         int           // expressions being parsed, one inside another
	cursor          cursor        // the last place in an f-string asked for its line
	awaits          int           // await expressions read so far
	keyAt           int           // where a dict display's later key starts
	hinting         bool          // in withHints: hints found are raised
	// scoped says the file has what scope.go checks (global, nonlocal,
	// :=, yield), so that other files skip the walk.
	scoped bool
}

// funcState is what the parser knows about the function whose body it
// is parsing.
type funcState struct {
	async bool
	// yields says the function is a generator; valueReturn is its first
	// return with a value, which an async generator may not have.
	yields      bool
	valueReturn *Return
}

// tok returns the current token, raising the error a scanning error
// token carries.
func (p *parser) tok() *token {
	if p.pos < p.furthest && p.pos < len(p.toks) {
		// a token read before: the common case, kept short
		if t := &p.toks[p.pos]; t.kind != tError {
			return t
		}
	}
	t := p.peek(0)
	if t.kind == tError {
		panic(t.err)
	}
	return t
}

// peek returns the token n places after the current one.
func (p *parser) peek(n int) *token {
	for p.pos+n >= len(p.toks) {
		if len(p.toks) > 0 && p.toks[len(p.toks)-1].kind == tEOF {
			return &p.toks[len(p.toks)-1]
		}
		t := p.sc.next()
		if t.kind == tError && !p.sc.field {
			panic(t.err)
		}
		p.toks = append(p.toks, t)
	}
	if !p.noInvalid && p.quiet == 0 && p.pos+n > p.furthest {
		p.furthest = p.pos + n
	}
	return &p.toks[p.pos+n]
}

// hintPeek is peek for a hint's lookahead, which does not move where a
// plain "invalid syntax" points.
func (p *parser) hintPeek(n int) *token {
	furthest := p.furthest
	t := p.peek(n)
	p.furthest = furthest
	return t
}

// advance consumes the current token and returns it.
func (p *parser) advance() *token {
	t := p.tok()
	if t.kind != tEOF {
		p.pos++
	}
	return t
}

// at reports whether the current token is the operator or name s.
func (p *parser) at(s string) bool { return p.tok().is(s) }

// accept consumes the current token if it is s.
func (p *parser) accept(s string) bool {
	if p.at(s) {
		p.pos++
		return true
	}
	return false
}

// expect consumes the token s or fails.
func (p *parser) expect(s string) *token {
	if !p.at(s) {
		p.expected(s)
	}
	return p.advance()
}

// forced consumes the token s, which CPython's grammar forces: any other
// token there is "expected 's'".
func (p *parser) forced(s string) *token {
	if !p.at(s) {
		p.errorAtTok(p.tok(), "expected '"+s+"'")
	}
	return p.advance()
}

// prev is the last token consumed.
func (p *parser) prev() *token { return &p.toks[p.pos-1] }

// span is the position from start to the end of the last token consumed.
func (p *parser) span(start Pos) Pos {
	e := p.prev().pos
	return Pos{start.Line, start.Col, e.EndLine, e.EndCol}
}

// attempt runs f and reports whether it parsed; when it fails the
// parser goes back to where it was.
func (p *parser) attempt(f func()) (ok bool) {
	save, loops, nesting := p.pos, p.loops, p.nesting
	defer func() {
		if r := recover(); r != nil {
			if e, isErr := r.(*Error); !isErr || e.scanning || p.hinting && !e.generic {
				// CPython's tokenizer errors stop the parser at once, as
				// do the hints its second pass finds
				panic(r)
			}
			p.pos, p.loops, p.nesting, ok = save, loops, nesting, false
		}
	}()
	f()
	return true
}

// name consumes an identifier and returns it.
func (p *parser) name() *token {
	t := p.tok()
	if t.kind != tName || t.keyword {
		p.invalid()
	}
	return p.advance()
}

// isName reports whether t is an identifier (soft keywords included).
func isName(t *token) bool { return t.kind == tName && !t.keyword }

// unclosedBefore returns CPython's error for a bracket still open that
// was opened on a line before line, or e.
func (p *parser) unclosedBefore(line int, e *Error) *Error {
	if len(p.sc.parens) == 0 {
		return e
	}
	b := p.sc.parens[len(p.sc.parens)-1]
	if b.line >= line {
		return e
	}
	t := p.sc.errorAt("'"+string(b.ch)+"' was never closed", b.line, b.col+1)
	t.err.EndOffset = 0
	return t.err
}

// maxNesting bounds how deeply expressions nest (- - - x, x ** x ** x),
// where CPython's parser runs out of stack.
const maxNesting = 3000

// nest enters one more level of nested expression; the caller defers
// p.nesting--.
func (p *parser) nest() {
	p.nesting++
	if p.nesting > maxNesting {
		t := p.tok()
		panic(&Error{Type: "MemoryError", Msg: "Parser stack overflowed - Python source too complex to parse",
			Line: t.pos.Line, Offset: t.pos.Col + 1, EndLine: t.pos.Line, EndOffset: t.pos.Col + 1, scanning: true})
	}
}
