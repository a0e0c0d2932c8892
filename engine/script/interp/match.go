package interp

import "ormlab/engine/script/syntax"

// matchStmt is the match statement, not run yet.
func (c *compiler) matchStmt(s *syntax.Match) (stmtFn, error) {
	return nil, c.unsupported(s, "the match statement")
}
