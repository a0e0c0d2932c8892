package db

// stmtCacheSize is how many prepared statements a DB keeps: the default
// of Python's sqlite3 module (cached_statements=128), which Django does not
// change. A repeated query, such as each step of an N+1 loop, skips
// SQLite's parser, as it does under Django.
// See https://docs.python.org/3/library/sqlite3.html#sqlite3.connect
const stmtCacheSize = 128

// stmtCache holds prepared statements by SQL text and evicts the least
// recently used one when full.
type stmtCache struct {
	stmts map[string]*cachedStmt
	clock uint64
}

// cachedStmt is a prepared statement and when it was last used.
type cachedStmt struct {
	stmt *sqliteStmt
	used uint64
}

// prepare returns the statement for sql, prepared now or earlier; nil for
// SQL that is empty or only a comment. The caller resets it after use.
func (c *stmtCache) prepare(conn *sqliteConn, sql string) (*sqliteStmt, error) {
	c.clock++
	if cs, ok := c.stmts[sql]; ok {
		cs.used = c.clock
		return cs.stmt, nil
	}
	stmt, err := prepareOne(conn, sql)
	if err != nil || stmt == nil {
		return nil, err
	}
	if c.stmts == nil {
		c.stmts = make(map[string]*cachedStmt)
	}
	if len(c.stmts) == stmtCacheSize {
		c.evict()
	}
	c.stmts[sql] = &cachedStmt{stmt: stmt, used: c.clock}
	return stmt, nil
}

// evict finalizes the least recently used statement.
func (c *stmtCache) evict() {
	var oldest string
	for sql, cs := range c.stmts {
		if oldest == "" || cs.used < c.stmts[oldest].used {
			oldest = sql
		}
	}
	c.stmts[oldest].stmt.close()
	delete(c.stmts, oldest)
}

// close finalizes every statement, so the connection can close.
func (c *stmtCache) close() {
	for _, cs := range c.stmts {
		cs.stmt.close()
	}
	c.stmts = nil
}

// prepareOne compiles exactly one statement, failing as Python's sqlite3
// module does when sql holds more than one.
func prepareOne(conn *sqliteConn, sql string) (*sqliteStmt, error) {
	stmt, tail, err := conn.prepare(sql)
	if err != nil || stmt == nil {
		return nil, err
	}
	if hasStatement(tail) {
		stmt.close()
		return nil, programmingError("You can only execute one statement at a time.")
	}
	return stmt, nil
}
