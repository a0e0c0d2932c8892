package db

import (
	"strings"
	"testing"
	"time"
)

const (
	endlessCTE = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c"
	crossJoin  = "SELECT count(*) FROM library_comment a, library_comment b, library_comment c, library_comment d"
)

// wantLimit checks that sql fails with LimitExceeded whose message holds
// want, and that the log marks the statement failed.
func wantLimit(t *testing.T, d *DB, sql, want string) {
	t.Helper()
	d.SetLine(func() int { return 7 })
	pe := rawError(t, d, sql)
	if pe.Type != "LimitExceeded" || !strings.Contains(pe.Msg, want) || !strings.Contains(pe.Msg, "on line 7") {
		t.Errorf("%s: got %s: %s, want LimitExceeded on line 7 with %q", sql, pe.Type, pe.Msg, want)
	}
	log := d.Log()
	if last := log[len(log)-1]; last.Error != pe.Msg || last.SQL != sql {
		t.Errorf("%s: last logged %+v, want it marked failed", sql, last)
	}
}

func TestVMStepLimit(t *testing.T) {
	for _, sql := range []string{endlessCTE, crossJoin} {
		d := mustOpen(t)
		d.SetMaxVMSteps(2_000_000)
		wantLimit(t, d, sql, "past 2000000 steps (the limit per run)")
		if steps := d.Log()[0].Counters.VMSteps; steps < 2_000_000 || steps > 2_100_000 {
			t.Errorf("%s: stopped after %d VM steps, want about 2000000", sql, steps)
		}
	}
}

// TestVMStepLimitPerRun shares the budget between statements: once spent,
// the next statement stops at once.
func TestVMStepLimitPerRun(t *testing.T) {
	const scan = "SELECT sum(length(text)) FROM library_comment"
	d := mustOpen(t)
	mustExecute(t, d, scan)
	steps := int64(d.Log()[0].Counters.VMSteps)
	// The budget holds the scan once and a half: the second stops.
	d = mustOpen(t)
	d.SetMaxVMSteps(steps * 3 / 2)
	mustExecute(t, d, scan)
	wantLimit(t, d, scan, "steps (the limit per run)")
	wantLimit(t, d, "SELECT 1", "steps (the limit per run)")
}

func TestStatementDeadline(t *testing.T) {
	for _, sql := range []string{endlessCTE, crossJoin} {
		d, err := Open(1)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		d.SetTimeout(200 * time.Millisecond)
		wantLimit(t, d, sql, "wall-time limit (200ms)")
		if took := time.Since(start); took > time.Second {
			t.Errorf("%s: stopped after %s, want about 200ms", sql, took)
		}
		// The connection serves the next run: its pool takes it back.
		d.Close()
	}
	d := mustOpen(t)
	if n := count(t, d, "SELECT count(*) FROM library_book"); n != 200 {
		t.Errorf("after a stopped statement, a new copy has %d books, want 200", n)
	}
}

func TestRowBytesLimit(t *testing.T) {
	d := mustOpen(t)
	d.SetMaxRowBytes(1<<20, 3<<20)
	wantLimit(t, d, "SELECT * FROM library_book a, library_book b", "passed the limit on query results (1 MiB per statement, 3 MiB per run)")
	// Per run: statements that each fit pass the run's limit together.
	one := "SELECT * FROM library_comment"
	size := mustExecute(t, mustOpen(t), one).bytes
	d = mustOpen(t)
	d.SetMaxRowBytes(size+1, size*5/2)
	mustExecute(t, d, one)
	mustExecute(t, d, one)
	wantLimit(t, d, one, "per run")
}

func TestHeapLimit(t *testing.T) {
	d := mustOpen(t)
	d.SetMaxHeap(64 << 20)
	wantLimit(t, d, "SELECT length(printf('%.*c', 2000000000, 'x'))", "more than 64 MiB of SQLite memory")
	if n := count(t, d, "SELECT count(*) FROM library_book"); n != 200 {
		t.Errorf("after running out of memory, the copy has %d books, want 200", n)
	}
}

// TestHeapLimitEndsWithRun checks that a pooled connection does not keep
// its last run's heap limit: the next Open restores a larger image.
func TestHeapLimitEndsWithRun(t *testing.T) {
	d, err := Open(1)
	if err != nil {
		t.Fatal(err)
	}
	d.SetMaxHeap(8 << 20)
	d.Close()
	big, err := Open(10)
	if err != nil {
		t.Fatalf("opening scale 10 after a run limited to 8 MiB: %v", err)
	}
	defer big.Close()
	if n := count(t, big, "SELECT count(*) FROM library_book"); n != 2000 {
		t.Errorf("scale 10 has %d books, want 2000", n)
	}
}
