package db

import (
	"errors"
	"fmt"
	"time"

	"ormlab/engine/py"
)

// What one run's SQL may use, beyond the number of statements
// (SetMaxQueries). A statement is stopped from inside SQLite: a progress
// handler counts its virtual machine steps and watches the wall clock,
// the drivers count the bytes of the rows they read, and SQLite's heap is
// capped, so neither a runaway query nor a huge result outlives the run's
// limits. Zero means no limit.
type sqlLimits struct {
	timeout  time.Duration
	deadline time.Time
	maxSteps int64 // SQLite VM steps per run
	steps    int64 // VM steps used so far
	maxStmt  int64 // bytes of rows per statement
	maxRun   int64 // bytes of rows per run
	rowBytes int64 // bytes of rows read so far
	maxHeap  int64 // bytes of SQLite heap
}

// progressPeriod is how many VM steps SQLite runs between two calls of
// the progress handler: the one go-sqlite3 installs on every connection
// (sqlite3_progress_handler(db, 1000, ...)), and the one sqlite.js
// installs with this value.
const progressPeriod = 1000

// SetTimeout stops any statement still running when timeout has passed
// from now: the run's wall-time limit, which the script runtime enforces
// between interpreter steps.
func (d *DB) SetTimeout(timeout time.Duration) {
	d.limits.timeout = timeout
	d.limits.deadline = time.Now().Add(timeout)
}

// SetMaxVMSteps bounds the SQLite virtual machine steps all statements of
// the run may take together (sqlite3_stmt_status VM_STEP).
func (d *DB) SetMaxVMSteps(n int64) {
	d.limits.maxSteps = n
}

// SetMaxRowBytes bounds the bytes of result rows read by one statement
// and by the whole run, counted as rowBytes counts them.
func (d *DB) SetMaxRowBytes(perStatement, perRun int64) {
	d.limits.maxStmt, d.limits.maxRun = perStatement, perRun
}

// SetMaxHeap bounds SQLite's own memory during the run: the database,
// its caches and what statements allocate. Natively it is
// sqlite3_hard_heap_limit64 on the run's connection; in the browser, how
// much SQLite's WebAssembly memory may grow during a statement.
func (d *DB) SetMaxHeap(n int64) {
	d.limits.maxHeap = n
	d.conn.setHeapLimit(n)
}

// stmtBudget is what the next statement may use, given what the run
// used already.
type stmtBudget struct {
	deadline time.Time
	maxTicks int64 // progress-handler calls; 0 means no limit
	maxBytes int64 // bytes of rows; 0 means no limit
	maxHeap  int64
}

// budget is the next statement's share of the run's limits. A budget
// already spent still allows one tick, so the statement stops at once.
func (l *sqlLimits) budget() stmtBudget {
	b := stmtBudget{deadline: l.deadline, maxHeap: l.maxHeap, maxBytes: l.maxStmt}
	if l.maxSteps > 0 {
		b.maxTicks = max((l.maxSteps-l.steps)/progressPeriod, 1)
	}
	if l.maxRun > 0 && (b.maxBytes == 0 || l.maxRun-l.rowBytes < b.maxBytes) {
		b.maxBytes = max(l.maxRun-l.rowBytes, 1)
	}
	return b
}

// stepsSpent reports whether the run used its VM steps: a statement too
// short to reach the progress handler would otherwise still run.
func (l *sqlLimits) stepsSpent() bool {
	return l.maxSteps > 0 && l.steps >= l.maxSteps
}

// limitHit is how a driver reports a statement it stopped at a limit.
type limitHit int

const (
	hitSteps limitHit = iota + 1
	hitTime
	hitRows
)

func (h limitHit) Error() string { return fmt.Sprintf("statement stopped at limit %d", int(h)) }

// limitError turns a statement stopped at one of the run's limits into
// LimitExceeded, naming the limit, the script line and what to do;
// other errors pass through.
func (d *DB) limitError(err error, line int) error {
	var hit limitHit
	var se *sqliteError
	switch {
	case errors.As(err, &hit):
		return d.hitError(hit, line)
	case d.limits.maxHeap > 0 && errors.As(err, &se) && se.code&0xff == codeNoMem:
		// With a heap limit set, SQLite fails an allocation past it
		// with SQLITE_NOMEM.
		return py.Errorf("LimitExceeded", "memory: the SQL statement on line %d needed more than %s of SQLite memory (the limit per run); query fewer or smaller rows, or add a LIMIT", line, mib(d.limits.maxHeap))
	}
	return err
}

// hitError is the LimitExceeded for a limit a driver stopped at.
func (d *DB) hitError(hit limitHit, line int) *py.Exception {
	l := &d.limits
	switch hit {
	case hitSteps:
		return py.Errorf("LimitExceeded", "steps: the SQL statement on line %d took SQLite past %d steps (the limit per run); add a WHERE clause or a LIMIT, and check that a recursive query or a join has a condition that ends it", line, l.maxSteps)
	case hitTime:
		return py.Errorf("LimitExceeded", "time: the SQL statement on line %d was still running when the script reached its wall-time limit (%s); add a WHERE clause or a LIMIT, and check that a recursive query or a join has a condition that ends it", line, l.timeout)
	}
	return py.Errorf("LimitExceeded", "memory: the rows of the SQL statement on line %d passed the limit on query results (%s per statement, %s per run); fetch fewer rows or columns, or add a LIMIT", line, mib(l.maxStmt), mib(l.maxRun))
}

// mib shows a byte count in MiB.
func mib(n int64) string {
	return fmt.Sprintf("%d MiB", n>>20)
}

// rowBytes estimates the memory one result row holds once read: its slice
// and, per value, an interface and the value's bytes.
func rowBytes(row []any) int64 {
	n := int64(24 + 16*len(row))
	for _, v := range row {
		switch v := v.(type) {
		case string:
			n += int64(16 + len(v))
		case []byte:
			n += int64(24 + len(v))
		case nil:
		default:
			n += 8
		}
	}
	return n
}
