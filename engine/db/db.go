package db

import (
	"slices"
	"time"
)

// DB is one run's private copy of the sample database, with the log of
// every statement the run sent. It is not safe for concurrent use: a run
// is single-threaded, and each run opens its own DB.
type DB struct {
	conn       *sqliteConn
	log        []Statement
	sent       int
	maxQueries int
	line       func() int
	// now is the lab clock SQLite's clock is put on (SetClock), or nil.
	now   func() time.Time
	stmts stmtCache
	// rawSQL is set once the script sent SQL of its own.
	rawSQL bool
	// wrote is set once a statement that may change the database ran.
	wrote  bool
	scale  int
	limits sqlLimits
}

// Open returns a fresh in-memory copy of the sample database at the given
// scale (1 when scale <= 0, at most MaxScale). Writes to one copy are never
// seen by another. Like Django's SQLite backend, it turns foreign key
// enforcement on.
// See https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-notes
func Open(scale int) (*DB, error) {
	scale, err := checkScale(scale)
	if err != nil {
		return nil, err
	}
	if conn := pool.takePristine(scale); conn != nil {
		return &DB{conn: conn, scale: scale}, nil
	}
	data, err := image(scale)
	if err != nil {
		return nil, err
	}
	conn, err := pool.take()
	if err != nil {
		return nil, err
	}
	if err := conn.deserialize(data); err != nil {
		conn.close()
		return nil, err
	}
	return &DB{conn: conn, scale: scale}, nil
}

// Close releases the database. The DB must not be used afterwards. Its
// connection goes back to the pool unless raw SQL may have changed more
// than the main database (temporary tables, attachments, pragmas); when
// no statement could write (sqlite3_stmt_readonly), it still holds the
// pristine image and the next Open of that scale skips the restore.
func (d *DB) Close() error {
	d.stmts.close()
	if d.rawSQL {
		return d.conn.close()
	}
	return pool.give(d.conn, d.scale, !d.wrote)
}

// SetLine sets the function that tells which script line is running; each
// recorded statement stores its result in Statement.Line.
func (d *DB) SetLine(line func() int) {
	d.line = line
}

// SetMaxQueries limits how many statements a run may send; beyond n,
// Execute fails with LimitExceeded. Zero or less means no limit.
func (d *DB) SetMaxQueries(n int) {
	d.maxQueries = n
}

// Log returns the statements recorded since Open or the last ClearLog, in
// the order they were sent.
func (d *DB) Log() []Statement {
	return slices.Clone(d.log)
}

// ClearLog forgets the recorded statements, as Django's reset_queries()
// empties connection.queries. Statement indexes and the query limit keep
// counting from where they were.
// See https://docs.djangoproject.com/en/5.2/faq/models/#how-can-i-see-the-raw-sql-queries-django-is-running
func (d *DB) ClearLog() {
	d.log = nil
}

// Commit commits the open transaction, if any, and records COMMIT:
// Django commits through the DB-API connection, and since 4.2 logs it in
// connection.queries (debug_transaction). A deferred foreign key
// violation fails here with IntegrityError and leaves the transaction
// open.
// See https://docs.djangoproject.com/en/5.2/releases/4.2/#database-backends
func (d *DB) Commit() error {
	return d.endTransaction("COMMIT")
}

// Rollback rolls back the open transaction, if any, and records ROLLBACK,
// as Django does.
func (d *DB) Rollback() error {
	return d.endTransaction("ROLLBACK")
}

// endTransaction runs COMMIT or ROLLBACK when a transaction is open, and
// records it either way, as debug_transaction does.
func (d *DB) endTransaction(sql string) error {
	st := Statement{Index: d.sent, SQL: sql, Template: sql, Columns: []string{}, Cause: Cause{Kind: CauseWrite, Origin: NoOrigin}}
	if d.line != nil {
		st.Line = d.line()
	}
	d.sent++
	var err error
	if !d.conn.autocommit() {
		err = d.conn.exec(sql)
	}
	if err != nil {
		pe := pythonError(err)
		st.Error = pe.Msg
		d.log = append(d.log, st)
		return pe
	}
	d.log = append(d.log, st)
	return nil
}
