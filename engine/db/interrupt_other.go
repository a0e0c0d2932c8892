//go:build !js

package db

import (
	"context"
	"time"
)

// interrupter is the context go-sqlite3 polls (Conn.SetInterrupt): its
// Err is called before each step of a statement and by the progress
// handler every progressPeriod VM steps, and a non-nil result interrupts
// the statement. It stops a statement past its stmtBudget, and records
// which limit it reached.
type interrupter struct {
	deadline time.Time
	ticks    int64 // progress-handler calls during this statement
	maxTicks int64
	hit      limitHit
}

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
		switch {
		case i.maxTicks > 0 && i.ticks > i.maxTicks:
			i.hit = hitSteps
		case !i.deadline.IsZero() && time.Now().After(i.deadline):
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
