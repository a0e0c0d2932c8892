package syntax

// Indentation: the INDENT and DEDENT tokens that open and close blocks,
// measured as CPython measures them (a tab to the next multiple of 8,
// and a second measure with tabs as one column to catch a mix of tabs
// and spaces that reads differently at another tab size: TabError), and
// the end of the input, which closes every block.

// indentation measures a new logical line's indentation and returns an
// INDENT or the first DEDENT when it changes. Blank and comment-only
// lines are skipped.
func (s *scanner) indentation() (token, bool) {
	for {
		col, alt, i := 0, 0, s.off
		for ; i < len(s.src); i++ {
			switch s.src[i] {
			case ' ':
				col, alt = col+1, alt+1
			case '\t':
				col, alt = (col/8+1)*8, alt+1
			case '\f':
				col, alt = 0, 0
			default:
				goto measured
			}
		}
	measured:
		s.off = i
		if i >= len(s.src) {
			return token{}, false
		}
		switch s.src[i] {
		case '#':
			s.skipBlanks()
			if s.off < len(s.src) {
				s.newline()
			}
			continue
		case '\n', '\r':
			s.newline()
			continue
		case '\\':
			if s.off+1 < len(s.src) && (s.src[s.off+1] == '\n' || s.src[s.off+1] == '\r') {
				return token{}, false
			}
		}
		return s.indentChange(col, alt)
	}
}

// indentChange compares a line's indentation with the open blocks'.
func (s *scanner) indentChange(col, alt int) (token, bool) {
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.alts[top] {
			return s.tabError(), true
		}
		return token{}, false
	case col > s.indents[top]:
		if alt <= s.alts[top] {
			return s.tabError(), true
		}
		if len(s.indents) == maxIndents {
			t := s.errorAt("too many levels of indentation", s.line, 1)
			t.err.EndOffset = 0
			t.err.Type, t.err.deferred = "IndentationError", true
			return t, true
		}
		s.indents = append(s.indents, col)
		s.alts = append(s.alts, alt)
		return s.layout(tIndent), true
	}
	for top > 0 && col < s.indents[top] {
		top--
		s.dedents++
	}
	if col != s.indents[top] {
		s.dedents = 0
		t := s.errorAt("unindent does not match any outer indentation level", s.line, len(lineText(s.src, s.line))+1)
		t.err.Type = "IndentationError"
		t.err.deferred, t.err.EndOffset = true, -1
		return t, true
	}
	if alt != s.alts[top] {
		s.dedents = 0
		return s.tabError(), true
	}
	s.indents, s.alts = s.indents[:top+1], s.alts[:top+1]
	s.dedents--
	return s.layout(tDedent), true
}

func (s *scanner) tabError() token {
	t := s.errorAt("inconsistent use of tabs and spaces in indentation", s.line, 1)
	t.err.Type = "TabError"
	t.err.deferred, t.err.EndOffset = true, 0
	return t
}

// eof ends the input: a NEWLINE if the last line lacks one, a DEDENT
// for each open block, then EOF.
func (s *scanner) eof() token {
	if len(s.parens) > 0 && !s.field {
		p := s.parens[len(s.parens)-1]
		s.parens = nil
		t := s.errorAt("'"+string(p.ch)+"' was never closed", p.line, p.col+1)
		t.err.unclosed, t.err.EndOffset = true, 0
		return t
	}
	if !s.field && s.last != tNewline && s.last != tDedent && s.last != tIndent && s.emitted {
		t := s.layout(tNewline)
		t.pos.EndCol++
		return t
	}
	if !s.eofDone && len(s.indents) > 1 {
		s.dedents = len(s.indents) - 1
		s.indents, s.alts = s.indents[:1], s.alts[:1]
		s.eofDone = true
		s.dedents--
		return s.layout(tDedent)
	}
	return s.layout(tEOF)
}
