package db

import (
	"time"

	"ormlab/engine/py"
)

// Result is what one statement returned.
type Result struct {
	// Columns names the result columns, in order.
	Columns []string
	// Rows holds the result rows; values are int64, float64, string,
	// []byte or nil.
	Rows [][]any
	// RowsAffected is the number of rows the statement inserted, updated
	// or deleted.
	RowsAffected int64
	// LastInsertID is the rowid of the most recent insert on the
	// connection, as Python's cursor.lastrowid.
	LastInsertID int64
	// bytes is what the rows hold, as rowBytes counts it.
	bytes int64
}

// Execute sends one statement and records it: this is the only path by
// which the engine talks to SQLite. The template uses Django's %s
// placeholders, converted as Django's SQLite cursor wrapper converts them;
// when params is nil the SQL runs verbatim (and the recorded Params stay
// nil, so Explain(st.Template, st.Params) plans the same SQL). Failed
// statements are recorded
// too, and their error is a *py.Exception named as Python's sqlite3 module
// names it (OperationalError, IntegrityError, ...).
// See https://docs.djangoproject.com/en/5.2/topics/db/sql/#executing-custom-sql-directly
func (d *DB) Execute(template string, params []any, cause Cause) (*Result, error) {
	if d.maxQueries > 0 && d.sent >= d.maxQueries {
		return nil, py.Errorf("LimitExceeded", "queries: the script sent more than %d queries (the limit per run); send fewer, for example with select_related, prefetch_related or one query over a list", d.maxQueries)
	}
	norm, err := normalizeParams(params)
	st := Statement{Index: d.sent, SQL: Interpolate(template, params), Template: template,
		Params: norm, Columns: []string{}, Cause: cause}
	if d.line != nil {
		st.Line = d.line()
	}
	d.sent++
	d.rawSQL = d.rawSQL || cause.Kind == CauseRaw
	var res *Result
	if err == nil {
		res, err = d.run(sqlFor(template, params), norm, &st)
	}
	if err != nil {
		pe := pythonError(err)
		st.Error = pe.Msg
		d.log = append(d.log, st)
		return nil, pe
	}
	d.log = append(d.log, st)
	return res, nil
}

// run binds and steps one statement, filling the timing, row count,
// columns and counters of st.
func (d *DB) run(sql string, params []any, st *Statement) (*Result, error) {
	start := time.Now()
	defer func() { st.TimeMS = float64(time.Since(start).Nanoseconds()) / 1e6 }()
	if d.now != nil && mayReadClock(sql, st.Cause) {
		sql = onClock(sql, d.now())
	}
	if err := d.conn.guard(d.rawSQL); err != nil {
		return nil, err
	}
	stmt, err := d.stmts.prepare(d.conn, sql)
	if err != nil || stmt == nil {
		return &Result{Columns: []string{}}, withRefusal(err, d.conn.refused())
	}
	d.wrote = d.wrote || !stmt.readOnly()
	if err := checkBindCount(stmt, params); err != nil {
		return nil, err
	}
	if d.limits.stepsSpent() {
		return &Result{Columns: []string{}}, d.hitError(hitSteps, st.Line)
	}
	res, counters, err := stmt.run(params, d.limits.budget())
	d.limits.steps += int64(counters.VMSteps)
	d.limits.rowBytes += res.bytes
	st.Rows, st.Columns, st.Counters = len(res.Rows), res.Columns, counters
	if err != nil {
		err = d.limitError(withRefusal(err, d.conn.refused()), st.Line)
	}
	return res, err
}
