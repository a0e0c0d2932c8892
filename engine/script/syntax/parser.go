package syntax

// The parser is a recursive-descent parser following the rules of
// CPython's PEG grammar (Grammar/python.gram), one method per rule or
// small group of rules. It pulls tokens from the scanner as it needs
// them and keeps them, so a rule can look ahead or back up: a match
// statement, for instance, is tried first and abandoned if "match"
// turns out to be a plain name. A syntax error unwinds the parser as a
// panic carrying *Error, recovered in Parse.

// Parse parses the Python 3.12 source src of the file filename. A
// syntax error is returned as *Error.
func Parse(filename, src string) (mod *Module, err error) {
	p := &parser{filename: filename, src: src, sc: newScanner(src)}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			e = p.unclosedBracket(e)
			e.Filename = filename
			err = e
		}
	}()
	return &Module{Body: p.file()}, nil
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
}

// funcState is what the parser knows about the function whose body it
// is parsing.
type funcState struct {
	async bool
}

// tok returns the current token, raising the error a scanning error
// token carries.
func (p *parser) tok() *token {
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
		p.toks = append(p.toks, p.sc.next())
	}
	return &p.toks[p.pos+n]
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

// prev is the last token consumed.
func (p *parser) prev() *token { return &p.toks[p.pos-1] }

// span is the position from start to the end of the last token consumed.
func (p *parser) span(start Pos) Pos {
	e := p.prev().pos
	return Pos{start.Line, start.Col, e.EndLine, e.EndCol}
}

// spanNodes is the position from node a's start to node b's end.
func spanNodes(a, b Node) Pos {
	s, e := a.Position(), b.Position()
	return Pos{s.Line, s.Col, e.EndLine, e.EndCol}
}

// attempt runs f and reports whether it parsed; when it fails the
// parser goes back to where it was.
func (p *parser) attempt(f func()) (ok bool) {
	save, loops := p.pos, p.loops
	defer func() {
		if r := recover(); r != nil {
			if _, isErr := r.(*Error); !isErr {
				panic(r)
			}
			p.pos, p.loops, ok = save, loops, false
		}
	}()
	f()
	return true
}

// name consumes an identifier and returns it.
func (p *parser) name() *token {
	t := p.tok()
	if t.kind != tName || keywords[t.text] {
		p.fail(t)
	}
	return p.advance()
}

// isName reports whether t is an identifier (soft keywords included).
func isName(t *token) bool { return t.kind == tName && !keywords[t.text] }
