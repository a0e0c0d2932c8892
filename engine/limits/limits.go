// Package limits defines the bounds of one run, with their defaults, in
// one place: the engine, the script runtime, the CLI, the wasm bridge and
// the lesson checks all take this type, and none keeps a copy of a value.
package limits

import (
	"cmp"
	"encoding/json"
	"time"
)

// Limits stop runaway scripts. Zero fields take the defaults (Default).
type Limits struct {
	// MaxSteps bounds interpreter steps, counting the items that loops
	// inside builtins (sum, sorted, str.join...) go through.
	MaxSteps uint64
	// MaxQueries bounds the statements a run sends.
	MaxQueries int
	// MaxOutput bounds the bytes printed.
	MaxOutput int
	// MaxMemory bounds, in bytes, the memory the run's values take: a
	// value larger than what is left is refused before it is allocated.
	MaxMemory int64
	// Timeout bounds the wall time of the run.
	Timeout time.Duration
	// MaxVMSteps bounds the SQLite VM steps of all the run's statements.
	MaxVMSteps int64
	// MaxStatementRows and MaxRunRows bound, in bytes, the result rows
	// of one statement and of the whole run.
	MaxStatementRows, MaxRunRows int64
	// MaxSQLiteHeap bounds SQLite's own heap, which holds the database.
	MaxSQLiteHeap int64
}

// Default holds the limits a zero field takes: generous for any lesson at
// scale 10, small enough that a runaway script ends within a second or two
// even under wasm, and that a native run stays well under 1 GiB.
//
// SQLite's: a script reading every comment, annotating every author and
// walking 200 authors' books at scale 50 takes 1.1 million VM steps, and
// SQLite runs 30 to 60 million a second natively, so the step limit ends
// an endless statement within the wall-time limit; the database itself
// is in SQLite's heap (76 MB at scale 50).
var Default = Limits{
	MaxSteps:         5_000_000,
	MaxQueries:       20_000,
	MaxOutput:        1 << 20,
	MaxMemory:        256 << 20,
	Timeout:          5 * time.Second,
	MaxVMSteps:       100_000_000,
	MaxStatementRows: 64 << 20,
	MaxRunRows:       256 << 20,
	MaxSQLiteHeap:    192 << 20,
}

// MemoryBackstop is the soft memory limit the programs give Go's runtime
// (debug.SetMemoryLimit): past it the collector works harder, so that the
// garbage of a run near its MaxMemory does not take the process past 1 GiB.
// The runs' own checks, made before they allocate, are what stop a script;
// Go cannot recover from running out of memory.
const MemoryBackstop = 768 << 20

// WithDefaults returns l with each zero field set from Default.
func (l Limits) WithDefaults() Limits {
	l.MaxSteps = cmp.Or(l.MaxSteps, Default.MaxSteps)
	l.MaxQueries = cmp.Or(l.MaxQueries, Default.MaxQueries)
	l.MaxOutput = cmp.Or(l.MaxOutput, Default.MaxOutput)
	l.MaxMemory = cmp.Or(l.MaxMemory, Default.MaxMemory)
	l.Timeout = cmp.Or(l.Timeout, Default.Timeout)
	l.MaxVMSteps = cmp.Or(l.MaxVMSteps, Default.MaxVMSteps)
	l.MaxStatementRows = cmp.Or(l.MaxStatementRows, Default.MaxStatementRows)
	l.MaxRunRows = cmp.Or(l.MaxRunRows, Default.MaxRunRows)
	l.MaxSQLiteHeap = cmp.Or(l.MaxSQLiteHeap, Default.MaxSQLiteHeap)
	return l
}

// wire is Limits as JavaScript sends and receives them, the timeout in
// milliseconds.
type wire struct {
	MaxSteps   uint64 `json:"max_steps,omitempty"`
	MaxQueries int    `json:"max_queries,omitempty"`
	MaxOutput  int    `json:"max_output,omitempty"`
	MaxMemory  int64  `json:"max_memory,omitempty"`
	TimeoutMS  int64  `json:"timeout_ms,omitempty"`
	MaxVMSteps int64  `json:"max_vm_steps,omitempty"`
	MaxStmtRow int64  `json:"max_statement_rows,omitempty"`
	MaxRunRows int64  `json:"max_run_rows,omitempty"`
	MaxHeap    int64  `json:"max_sqlite_heap,omitempty"`
}

// MarshalJSON writes l as the page sees it (timeout_ms).
func (l Limits) MarshalJSON() ([]byte, error) {
	return json.Marshal(wire{l.MaxSteps, l.MaxQueries, l.MaxOutput, l.MaxMemory, l.Timeout.Milliseconds(),
		l.MaxVMSteps, l.MaxStatementRows, l.MaxRunRows, l.MaxSQLiteHeap})
}

// UnmarshalJSON reads l as the page sends it.
func (l *Limits) UnmarshalJSON(data []byte) error {
	var w wire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*l = Limits{w.MaxSteps, w.MaxQueries, w.MaxOutput, w.MaxMemory, time.Duration(w.TimeoutMS) * time.Millisecond,
		w.MaxVMSteps, w.MaxStmtRow, w.MaxRunRows, w.MaxHeap}
	return nil
}
