//go:build !js

package db

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/ncruces/go-sqlite3"
	"github.com/ncruces/go-sqlite3/ext/serdes"
)

// The native driver: SQLite through github.com/ncruces/go-sqlite3, which
// ships SQLite translated to Go. The js/wasm build uses sqlite_js.go
// instead, with the same methods: the browser runs SQLite as its own
// WebAssembly module, which starts several times faster than SQLite
// compiled by Go's wasm backend.

// conn is one SQLite connection.
type sqliteConn struct {
	c *sqlite3.Conn
	// stop interrupts statements past their budget (SetInterrupt).
	stop *interrupter
	// refusal is why the authorizer last denied an action.
	refusal string
	// guarded is set while the authorizer is installed (guard).
	guarded bool
}

// stmt is one prepared statement.
type sqliteStmt struct {
	s *sqlite3.Stmt
	c *sqliteConn
}

// openConn opens an empty in-memory database with Django's SQL functions
// registered, the sandbox's authorizer installed (sandbox.go) and
// temporary data kept in memory rather than in files.
func openConn() (*sqliteConn, error) {
	c, err := sqlite3.Open(":memory:")
	if err != nil {
		return nil, driverError(err)
	}
	conn := &sqliteConn{c: c, stop: &interrupter{}}
	if err := conn.setup(); err != nil {
		c.Close()
		return nil, err
	}
	return conn, nil
}

// setup registers the SQL functions and installs the sandbox.
func (c *sqliteConn) setup() error {
	for _, f := range djangoFunctions {
		err := c.c.CreateFunction(f.name, f.args, sqlite3.DETERMINISTIC|sqlite3.INNOCUOUS, nativeFunction(f.fn))
		if err != nil {
			return driverError(err)
		}
	}
	if err := c.c.Exec("PRAGMA temp_store = MEMORY"); err != nil {
		return driverError(err)
	}
	c.c.SetInterrupt(c.stop)
	return nil
}

// guard installs the sandbox's authorizer while the connection compiles
// SQL a script wrote, and removes it otherwise: go-sqlite3 copies every
// name SQLite hands the callback into Go strings, a cost the ORM's own
// statements (which never attach or set pragmas) need not pay.
func (c *sqliteConn) guard(on bool) error {
	if on == c.guarded {
		return nil
	}
	cb := c.authorize
	if !on {
		cb = nil
	}
	if err := c.c.SetAuthorizer(cb); err != nil {
		return driverError(err)
	}
	c.guarded = on
	return nil
}

// authorize is the connection's authorizer: refusal decides, and the
// reason is kept for the error message.
func (c *sqliteConn) authorize(action sqlite3.AuthorizerActionCode, name3rd, name4th, _, _ string) sqlite3.AuthorizerReturnCode {
	if why := refusal(int(action), name3rd, name4th); why != "" {
		c.refusal = why
		return sqlite3.AUTH_DENY
	}
	return sqlite3.AUTH_OK
}

// refused is why the authorizer last denied an action.
func (c *sqliteConn) refused() string {
	return c.refusal
}

// setHeapLimit caps SQLite's heap (sqlite3_hard_heap_limit64): each
// go-sqlite3 connection is an SQLite instance of its own.
func (c *sqliteConn) setHeapLimit(n int64) {
	c.c.HardHeapLimit(n)
}

// nativeFunction adapts an sqlFunction to go-sqlite3's callback.
func nativeFunction(fn sqlFunction) sqlite3.ScalarFunction {
	return func(ctx sqlite3.Context, arg ...sqlite3.Value) {
		args := make([]*string, len(arg))
		for i, a := range arg {
			if a.Type() != sqlite3.NULL {
				s := a.Text()
				args[i] = &s
			}
		}
		switch r := fn(args).(type) {
		case int:
			ctx.ResultInt(r)
		case bool:
			ctx.ResultBool(r)
		case string:
			ctx.ResultText(r)
		case raised:
			ctx.ResultError(errors.New(raisedMessage))
		default:
			ctx.ResultNull()
		}
	}
}

func (c *sqliteConn) close() error {
	return driverError(c.c.Close())
}

// deserialize replaces the main database with a serialized one and
// configures the connection as Django's get_new_connection does: foreign
// key enforcement on, legacy_alter_table off. sqlite3_db_config is used
// rather than the PRAGMAs, which would compile SQLite's sizeable pragma
// code on every cold start.
func (c *sqliteConn) deserialize(data []byte) error {
	if err := serdes.Deserialize(c.c, "main", data); err != nil {
		return driverError(err)
	}
	if _, err := c.c.Config(sqlite3.DBCONFIG_ENABLE_FKEY, true); err != nil {
		return driverError(err)
	}
	_, err := c.c.Config(sqlite3.DBCONFIG_LEGACY_ALTER_TABLE, false)
	return driverError(err)
}

// serialize returns the main database as bytes.
func (c *sqliteConn) serialize() ([]byte, error) {
	data, err := serdes.Serialize(c.c, "main")
	return data, driverError(err)
}

// exec runs one or more statements, discarding their rows.
func (c *sqliteConn) exec(sql string) error {
	return driverError(c.c.Exec(sql))
}

// autocommit reports whether no transaction is open.
func (c *sqliteConn) autocommit() bool {
	return c.c.GetAutocommit()
}

// prepare compiles the first statement of sql and returns the text after
// it; the statement is nil when sql holds only space or comments.
func (c *sqliteConn) prepare(sql string) (*sqliteStmt, string, error) {
	s, tail, err := c.c.Prepare(sql)
	if err != nil || s == nil {
		return nil, tail, driverError(err)
	}
	return &sqliteStmt{s: s, c: c}, tail, nil
}

func (s *sqliteStmt) close() {
	s.s.Close()
}

// bindCount is the number of parameters the statement takes.
func (s *sqliteStmt) bindCount() int {
	return s.s.BindCount()
}

// readOnly reports whether the statement cannot change the database
// (sqlite3_stmt_readonly).
func (s *sqliteStmt) readOnly() bool {
	return s.s.ReadOnly()
}

// run binds params (normalized values: nil, int64, float64, string,
// []byte), steps the statement to its end and resets it. It returns the
// rows read so far along with any error, and the statement's work
// counters, which it resets.
func (s *sqliteStmt) run(params []any, b stmtBudget) (*Result, Counters, error) {
	defer s.reset()
	s.c.stop.arm(b)
	defer s.c.stop.arm(stmtBudget{})
	changes := s.c.c.TotalChanges()
	res := &Result{Columns: make([]string, s.s.ColumnCount())}
	for i, p := range params {
		if err := bindParam(s.s, i+1, p); err != nil {
			return res, Counters{}, err
		}
	}
	for i := range res.Columns {
		res.Columns[i] = s.s.ColumnName(i)
	}
	err := s.stepAll(res, b.maxBytes)
	counters := Counters{
		VMSteps:       s.s.Status(sqlite3.STMTSTATUS_VM_STEP, true),
		FullScanSteps: s.s.Status(sqlite3.STMTSTATUS_FULLSCAN_STEP, true),
		Sorts:         s.s.Status(sqlite3.STMTSTATUS_SORT, true),
		AutoIndexes:   s.s.Status(sqlite3.STMTSTATUS_AUTOINDEX, true),
	}
	res.RowsAffected = s.c.c.TotalChanges() - changes
	res.LastInsertID = s.c.c.LastInsertRowID()
	return res, counters, err
}

// stepAll steps the statement to its end, appending its rows to res,
// and stops with hitRows when they hold more than maxBytes (0: no limit),
// or with the limit the interrupter stopped it at.
func (s *sqliteStmt) stepAll(res *Result, maxBytes int64) (err error) {
	defer noMemory(&err)
	for s.c.stop.step() && s.s.Step() {
		row := make([]any, len(res.Columns))
		for i := range row {
			row[i] = column(s.s, i)
		}
		res.Rows = append(res.Rows, row)
		res.bytes += rowBytes(row)
		if maxBytes > 0 && res.bytes > maxBytes {
			return hitRows
		}
	}
	if hit := s.c.stop.hit; hit != 0 {
		return hit
	}
	return driverError(s.s.Err())
}

// reset resets the statement, which repeats the error its last step
// reported.
func (s *sqliteStmt) reset() {
	defer noMemory(new(error))
	s.s.Reset()
}

// noMemory turns go-sqlite3's panic on SQLITE_NOMEM back into the error
// SQLite returned: SQLite failed the allocation cleanly (past the heap
// limit, SetMaxHeap), and the connection stays usable. Other panics go on.
func noMemory(err *error) {
	r := recover()
	if e, ok := r.(error); ok && e.Error() == "sqlite3: out of memory" {
		*err = &sqliteError{code: codeNoMem, msg: "out of memory"}
	} else if r != nil {
		panic(r)
	}
}

// bindParam binds one normalized value to parameter i (1-based).
func bindParam(s *sqlite3.Stmt, i int, p any) error {
	var err error
	switch v := p.(type) {
	case nil:
		err = s.BindNull(i)
	case int64:
		err = s.BindInt64(i, v)
	case float64:
		err = s.BindFloat(i, v)
	case string:
		err = s.BindText(i, v)
	case []byte:
		err = s.BindBlob(i, v)
	default:
		return unsupportedParam(i, p)
	}
	return driverError(err)
}

// column reads column i of the current row as int64, float64, string,
// []byte or nil, by its storage class.
func column(s *sqlite3.Stmt, i int) any {
	switch s.ColumnType(i) {
	case sqlite3.INTEGER:
		return s.ColumnInt64(i)
	case sqlite3.FLOAT:
		return s.ColumnFloat(i)
	case sqlite3.TEXT:
		return s.ColumnText(i)
	case sqlite3.BLOB:
		return s.ColumnBlob(i, []byte{})
	}
	return nil
}

// driverError converts a go-sqlite3 error into a *sqliteError carrying
// SQLite's own message, without the driver's "sqlite3: ..." prefix.
func driverError(err error) error {
	var code sqlite3.ErrorCode
	if err == nil || !errors.As(err, &code) {
		return err
	}
	msg := err.Error()
	var xcode sqlite3.ExtendedErrorCode
	if errors.As(err, &xcode) {
		generic := xcode.Error()
		if rest, ok := strings.CutPrefix(msg, generic+": "); ok {
			msg = rest
		} else {
			msg = generic
		}
	}
	return &sqliteError{code: int(code), msg: strings.TrimPrefix(msg, "sqlite3: ")}
}

// interrupter is the context go-sqlite3 polls (Conn.SetInterrupt): its
// Err is called before each step of a statement and by the progress
// handler every progressPeriod VM steps, and a non-nil result interrupts
// the statement. It stops a statement past its stmtBudget, and records
// which limit it reached.
type interrupter struct {
	deadline time.Time
	ticks    int64 // progress-handler calls during this statement
	maxTicks int64
	calls    uint // calls of Err, to read the clock on every clockEvery-th
	hit      limitHit
}

// clockEvery is how often Err reads the clock: every 16th call is at most
// 16,000 VM steps apart, a fraction of a millisecond, and reading it on
// every call cost 2% of the N+1 benchmark, whose statements return a row
// or two.
const clockEvery = 16

// arm resets the interrupter for a statement with budget b; the zero
// budget lets statements run unbounded (the engine's own work, such as
// Explain, the pool's ROLLBACK and Build).
func (i *interrupter) arm(b stmtBudget) {
	*i = interrupter{deadline: b.deadline, maxTicks: b.maxTicks}
}

// step is called before each sqlite3_step, whose own call of Err is
// not a progress-handler tick; it reports whether the statement may go on.
func (i *interrupter) step() bool {
	i.ticks--
	return i.hit == 0
}

// Err interrupts the statement past its budget.
func (i *interrupter) Err() error {
	if i.hit == 0 {
		i.ticks++
		i.calls++
		switch {
		case i.maxTicks > 0 && i.ticks > i.maxTicks:
			i.hit = hitSteps
		case i.calls%clockEvery == 0 && !i.deadline.IsZero() && time.Now().After(i.deadline):
			i.hit = hitTime
		}
	}
	if i.hit != 0 {
		return context.DeadlineExceeded
	}
	return nil
}

// Deadline is the statement's deadline.
func (i *interrupter) Deadline() (time.Time, bool) {
	return i.deadline, !i.deadline.IsZero()
}

// Done is nil: the interrupter is polled, never waited on.
func (i *interrupter) Done() <-chan struct{} { return nil }

// Value holds no values.
func (i *interrupter) Value(any) any { return nil }
