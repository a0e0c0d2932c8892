package syntax

// matchHead parses match subject: NEWLINE INDENT, the part that tells a
// match statement from an expression using the name match.
func (p *parser) matchHead(t *token) *Match {
	p.advance()
	p.fail(p.tok())
	return nil
}

// matchCases parses the case blocks of s.
func (p *parser) matchCases(t *token, s *Match) {}
